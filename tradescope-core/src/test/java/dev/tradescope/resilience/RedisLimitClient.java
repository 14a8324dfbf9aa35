package dev.tradescope.resilience;

import dev.tradescope.config.GlobalLimits;
import dev.tradescope.config.RateLimits;
import dev.tradescope.marketdata.PriceHistoryRequest;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.testing.ProviderFixtures;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.OptionalLong;

/**
 * One client of a shared Redis limit: its own connections, buckets, quota ledger and Yahoo source.
 * {@link RedisSharedLimitTest} runs one in the test JVM and one in a child JVM (via {@link #main}).
 */
final class RedisLimitClient implements AutoCloseable {
    private final SharedResilience shared;
    private final ResilientSource source;

    RedisLimitClient(URI redis, URI server, String namespace, RateLimits limits) {
        GlobalLimits global = new GlobalLimits(1000, 5, Duration.ofSeconds(5), 1);
        BucketStore buckets = new NamespacedStore(RedisBucketStore.connect(redis), namespace);
        shared = new SharedResilience(global, buckets, RedisQuotaLedger.connect(redis), Clock.systemUTC(), Sleeper.system());
        source = new ResilientSource(ProviderFixtures.source(ProviderId.YAHOO, server, Duration.ofSeconds(5)),
                new ResiliencePolicy(ProviderId.YAHOO, limits, 1, Duration.ofSeconds(5), Duration.ofMillis(10),
                        Duration.ofSeconds(10)), shared);
    }

    /** Limits shared by every client: 5 per second (a Redis bucket) and 10 per day (a Redis quota). */
    static RateLimits sharedLimits() {
        return new RateLimits(OptionalLong.of(5), OptionalLong.empty(), OptionalLong.of(10), 2);
    }

    long fire(int times, String prefix) {
        long ok = 0;
        for (int i = 0; i < times; i++) {
            ok += source.fetch(new PriceHistoryRequest(prefix + i, LocalDate.of(2020, 8, 31), LocalDate.of(2020, 9, 2)))
                    .isOk() ? 1 : 0;
        }
        return ok;
    }

    /** Runs one client: args redis-uri server-uri namespace times; prints {@code ok=N}. */
    public static void main(String[] args) {
        try (RedisLimitClient client = new RedisLimitClient(URI.create(args[0]), URI.create(args[1]), args[2], sharedLimits())) {
            System.out.println("ready");
            System.out.flush();
            System.out.println("ok=" + client.fire(Integer.parseInt(args[3]), "CHILD"));
        }
    }

    @Override
    public void close() {
        shared.close();
    }

    /** Keeps each test's buckets apart in one Redis. */
    private record NamespacedStore(BucketStore store, String namespace) implements BucketStore {
        @Override
        public io.github.bucket4j.Bucket bucket(String name, io.github.bucket4j.BucketConfiguration configuration) {
            return store.bucket(namespace + ":" + name, configuration);
        }

        @Override
        public void close() {
            store.close();
        }
    }
}
