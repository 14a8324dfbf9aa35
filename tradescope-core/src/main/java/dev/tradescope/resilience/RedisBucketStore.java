package dev.tradescope.resilience;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Holds rate-limit buckets in Redis (Bucket4j's Lettuce integration, compare-and-swap), so that
 * several processes and machines share one limit.
 *
 * <p>This class is thread-safe.
 */
public final class RedisBucketStore implements BucketStore {
    /** The prefix of every bucket key in Redis. */
    public static final String KEY_PREFIX = "tradescope:bucket:";

    private final RedisClient client;
    private final StatefulRedisConnection<byte[], byte[]> connection;
    private final ProxyManager<byte[]> proxies;

    private RedisBucketStore(RedisClient client, StatefulRedisConnection<byte[], byte[]> connection) {
        this.client = client;
        this.connection = connection;
        this.proxies = Bucket4jLettuce.casBasedBuilder(connection)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(5)))
                .build();
    }

    /** Connects to Redis at the URI ({@code redis://host:port[/db]}). */
    public static RedisBucketStore connect(URI uri) {
        RedisClient client = RedisClient.create(RedisURI.create(uri));
        try {
            return new RedisBucketStore(client, client.connect(ByteArrayCodec.INSTANCE));
        } catch (RuntimeException e) {
            client.shutdown();
            throw e;
        }
    }

    @Override
    public Bucket bucket(String name, BucketConfiguration configuration) {
        return proxies.builder().build((KEY_PREFIX + name).getBytes(StandardCharsets.UTF_8), () -> configuration);
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown();
    }
}
