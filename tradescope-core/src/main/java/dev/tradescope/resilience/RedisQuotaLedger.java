package dev.tradescope.resilience;

import dev.tradescope.marketdata.ProviderId;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * Keeps the calls used per day in Redis ({@code tradescope:quota:<provider>:<date>}, expiring after
 * two days), counted atomically by a small Lua script, so that processes and machines share one quota.
 *
 * <p>This class is thread-safe.
 */
public final class RedisQuotaLedger implements QuotaLedger {
    /** The prefix of every quota key in Redis. */
    public static final String KEY_PREFIX = "tradescope:quota:";
    private static final long EXPIRE_SECONDS = Duration.ofDays(2).toSeconds();
    private static final String TRY_USE = """
            local used = tonumber(redis.call('GET', KEYS[1]) or '0')
            if used >= tonumber(ARGV[1]) then return 0 end
            redis.call('INCR', KEYS[1])
            redis.call('EXPIRE', KEYS[1], ARGV[2])
            return 1
            """;

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;

    private RedisQuotaLedger(RedisClient client, StatefulRedisConnection<String, String> connection) {
        this.client = client;
        this.connection = connection;
    }

    /** Connects to Redis at the URI. */
    public static RedisQuotaLedger connect(URI uri) {
        RedisClient client = RedisClient.create(RedisURI.create(uri));
        try {
            return new RedisQuotaLedger(client, client.connect());
        } catch (RuntimeException e) {
            client.shutdown();
            throw e;
        }
    }

    @Override
    public boolean tryUse(ProviderId provider, LocalDate day, long limit) {
        RedisCommands<String, String> redis = connection.sync();
        Long counted = redis.eval(TRY_USE, io.lettuce.core.ScriptOutputType.INTEGER, new String[] {key(provider, day)},
                Long.toString(limit), Long.toString(EXPIRE_SECONDS));
        return counted != null && counted == 1L;
    }

    @Override
    public long used(ProviderId provider, LocalDate day) {
        String value = connection.sync().get(key(provider, day));
        return value == null ? 0 : Long.parseLong(value);
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown();
    }

    private static String key(ProviderId provider, LocalDate day) {
        return KEY_PREFIX + String.join(":", List.of(provider.id(), day.toString()));
    }
}
