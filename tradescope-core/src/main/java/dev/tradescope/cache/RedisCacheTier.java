package dev.tradescope.cache;

import dev.tradescope.cache.CacheStats.Event;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SetArgs;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps entries in Redis (Lettuce) under a per-workspace key prefix, as the same envelopes the disk
 * tier writes, with a Redis TTL of the entry's expiry plus the stale window. When Redis cannot be
 * reached, or fails during the run, the tier switches itself off and says why; the run goes on.
 *
 * <p>This class is thread-safe.
 */
public final class RedisCacheTier implements CacheTier {
    /** The tier name. */
    public static final String NAME = "redis";
    /** How long one Redis command or connection attempt may take. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

    private final String keyPrefix;
    private final Duration maxStale;
    private final Clock clock;
    private final CacheStats stats;
    private final RedisClient client;
    private final StatefulRedisConnection<String, byte[]> connection;
    private final AtomicReference<String> problem = new AtomicReference<>();

    private RedisCacheTier(RedisTarget target, Duration maxStale, Clock clock, CacheStats stats) {
        this.keyPrefix = target.keyPrefix();
        this.maxStale = maxStale;
        this.clock = clock;
        this.stats = stats;
        RedisClient created = null;
        StatefulRedisConnection<String, byte[]> connected = null;
        try {
            created = RedisClient.create(target.redisUri());
            created.setOptions(clientOptions());
            connected = created.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
        } catch (RuntimeException e) {
            problem.set("Redis at " + target.describe() + " is unavailable: " + e.getMessage());
        }
        this.client = created;
        this.connection = connected;
    }

    /**
     * Connects to Redis; on failure the tier is built switched off (see {@link #status()}).
     *
     * @param uri       a {@code redis://} or {@code rediss://} URI, possibly with a password
     * @param keyPrefix the prefix of every key, unique per workspace
     * @param maxStale  how long past its expiry an entry is kept for serve-stale
     * @param clock     the time source
     * @param stats     where bytes are counted
     */
    public static RedisCacheTier connect(URI uri, String keyPrefix, Duration maxStale, Clock clock, CacheStats stats) {
        return new RedisCacheTier(RedisTarget.of(uri, keyPrefix), maxStale, clock, stats);
    }

    private static ClientOptions clientOptions() {
        return ClientOptions.builder()
                .autoReconnect(false)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder().connectTimeout(DEFAULT_TIMEOUT).build())
                .build();
    }

    /** Returns the key prefix of a workspace: {@code tradescope:<12 hex of the workspace path hash>:}. */
    public static String keyPrefixOf(java.nio.file.Path workspace) {
        return "tradescope:" + CacheKey.sha256Hex(workspace.toAbsolutePath().normalize().toString())
                .substring(0, 12) + ":";
    }

    /** Returns the key prefix of a namespace shared by several workspaces: {@code tradescope:shared:<namespace>:}. */
    public static String keyPrefixOfNamespace(String namespace) {
        return "tradescope:shared:" + namespace + ":";
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<CacheEntry> find(CacheKey key) {
        return call(redis -> Optional.ofNullable(redis.get(redisKey(key)))).flatMap(bytes -> decode(key, bytes));
    }

    private Optional<CacheEntry> decode(CacheKey key, byte[] bytes) {
        try {
            CacheEntry entry = Envelope.decode(bytes).toEntry(key);
            stats.add(key.provider(), NAME, Event.BYTES_READ, bytes.length);
            return Optional.of(entry);
        } catch (CorruptEntryException e) {
            stats.increment(key.provider(), NAME, Event.QUARANTINE);
            remove(key);
            return Optional.empty();
        }
    }

    @Override
    public void put(CacheEntry entry) {
        Optional<Long> ttlMillis = entry.retainUntil(maxStale).map(this::millisUntil);
        if (ttlMillis.isPresent() && ttlMillis.get() <= 0) {
            return;
        }
        byte[] bytes = Envelope.encode(entry);
        String key = redisKey(entry.key());
        call(redis -> Optional.of(ttlMillis.isPresent()
                ? redis.set(key, bytes, SetArgs.Builder.px(ttlMillis.get())) : redis.set(key, bytes)))
                .ifPresent(ok -> stats.add(entry.key().provider(), NAME, Event.BYTES_WRITTEN, bytes.length));
    }

    private long millisUntil(Instant until) {
        return Duration.between(clock.instant(), until).toMillis();
    }

    @Override
    public void remove(CacheKey key) {
        call(redis -> Optional.of(redis.del(redisKey(key))));
    }

    private String redisKey(CacheKey key) {
        return keyPrefix + key.sha256();
    }

    // Runs a command; any failure switches the tier off for the rest of the run.
    private <T> Optional<T> call(java.util.function.Function<RedisCommands<String, byte[]>, Optional<T>> command) {
        if (problem.get() != null) {
            return Optional.empty();
        }
        try {
            return command.apply(connection.sync());
        } catch (RuntimeException e) {
            problem.compareAndSet(null, "Redis failed during the run: " + e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public TierStatus status() {
        String reason = problem.get();
        return reason == null ? TierStatus.up(NAME) : TierStatus.down(NAME, reason);
    }

    @Override
    public void close() {
        if (connection != null) {
            connection.close();
        }
        if (client != null) {
            client.shutdown(Duration.ZERO, DEFAULT_TIMEOUT);
        }
    }

    /** Holds the Lettuce URI with timeouts set, and a description that never shows the password. */
    private record RedisTarget(RedisURI redisUri, String keyPrefix) {
        static RedisTarget of(URI uri, String keyPrefix) {
            RedisURI redisUri = RedisURI.create(uri);
            redisUri.setTimeout(DEFAULT_TIMEOUT);
            return new RedisTarget(redisUri, keyPrefix);
        }

        String describe() {
            return redisUri.getHost() + ":" + redisUri.getPort();
        }
    }
}
