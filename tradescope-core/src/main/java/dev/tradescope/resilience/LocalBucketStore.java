package dev.tradescope.resilience;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holds rate-limit buckets in this process; the limits then hold only inside one process.
 *
 * <p>This class is thread-safe.
 */
public final class LocalBucketStore implements BucketStore {
    private final TimeMeter time;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Builds a store whose buckets refill by the given time source (tests pass a fake one). */
    public LocalBucketStore(TimeMeter time) {
        this.time = Objects.requireNonNull(time, "time");
    }

    /** Builds a store on the system's nanosecond time. */
    public static LocalBucketStore onSystemTime() {
        return new LocalBucketStore(TimeMeter.SYSTEM_NANOTIME);
    }

    @Override
    public Bucket bucket(String name, BucketConfiguration configuration) {
        return buckets.computeIfAbsent(name, key -> {
            var builder = Bucket.builder().withCustomTimePrecision(time);
            for (var bandwidth : configuration.getBandwidths()) {
                builder.addLimit(bandwidth);
            }
            return builder.build();
        });
    }

    @Override
    public void close() {
        buckets.clear();
    }
}
