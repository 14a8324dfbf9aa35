package dev.tradescope.resilience;

import dev.tradescope.config.GlobalLimits;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Holds what every provider's {@link ResilientSource} of one run shares: the bucket store (local or
 * Redis), the quota ledger, the global rate limit and the global bound on calls in flight, the
 * clock and the sleeper.
 *
 * <p>This class is thread-safe.
 */
public final class SharedResilience implements AutoCloseable {
    /** The name of the global bucket. */
    public static final String GLOBAL_BUCKET = "global";

    private final GlobalLimits limits;
    private final BucketStore buckets;
    private final QuotaLedger quota;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Bulkhead globalBulkhead;

    /** Builds the shared parts of one run; closing it closes the store and the ledger. */
    public SharedResilience(GlobalLimits limits, BucketStore buckets, QuotaLedger quota, Clock clock, Sleeper sleeper) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.buckets = Objects.requireNonNull(buckets, "buckets");
        this.quota = Objects.requireNonNull(quota, "quota");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.globalBulkhead = bulkhead("global", limits.maxInFlight(), limits.maxWait());
    }

    GlobalLimits limits() {
        return limits;
    }

    BucketStore buckets() {
        return buckets;
    }

    QuotaLedger quota() {
        return quota;
    }

    Clock clock() {
        return clock;
    }

    Sleeper sleeper() {
        return sleeper;
    }

    Bulkhead globalBulkhead() {
        return globalBulkhead;
    }

    Bucket globalBucket() {
        return buckets.bucket(GLOBAL_BUCKET, BucketConfiguration.builder()
                .addLimit(minuteLimit(limits.callsPerMinute())).build());
    }

    static Bandwidth minuteLimit(long calls) {
        return Bandwidth.builder().capacity(calls).refillGreedy(calls, Duration.ofMinutes(1)).build();
    }

    static Bulkhead bulkhead(String name, int maxInFlight, Duration maxWait) {
        return Bulkhead.of(name, BulkheadConfig.custom().maxConcurrentCalls(maxInFlight).maxWaitDuration(maxWait).build());
    }

    @Override
    public void close() {
        buckets.close();
        quota.close();
    }
}
