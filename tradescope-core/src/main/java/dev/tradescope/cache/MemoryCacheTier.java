package dev.tradescope.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.tradescope.cache.CacheStats.Event;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps entries in memory (Caffeine), bounded by the payload weight and kept until their expiry
 * plus the stale window. Time comes from the injected clock, also for Caffeine's own expiry.
 *
 * <p>This class is thread-safe.
 */
public final class MemoryCacheTier implements CacheTier {
    /** The tier name. */
    public static final String NAME = "memory";
    private static final int ENTRY_OVERHEAD_BYTES = 96;

    private final Cache<CacheKey, CacheEntry> entries;
    private final CacheStats stats;

    /**
     * Builds an empty memory tier.
     *
     * @param maxBytes the weight bound, in payload and key bytes
     * @param maxStale how long past its expiry an entry is kept for serve-stale
     * @param clock    the time source
     * @param stats    where evictions are counted
     */
    public MemoryCacheTier(long maxBytes, Duration maxStale, Clock clock, CacheStats stats) {
        this.stats = stats;
        this.entries = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((CacheKey key, CacheEntry entry) -> weightOf(entry))
                .expireAfter(new Retention(maxStale, clock))
                .ticker(tickerOf(clock))
                .executor(Runnable::run)
                .removalListener((CacheKey key, CacheEntry entry, RemovalCause cause) -> onRemoval(key, cause))
                .build();
    }

    private static int weightOf(CacheEntry entry) {
        long weight = (long) entry.payload().length() + entry.key().canonical().length() + ENTRY_OVERHEAD_BYTES;
        return (int) Math.min(Integer.MAX_VALUE, weight);
    }

    private static Ticker tickerOf(Clock clock) {
        return () -> nanosOf(clock.instant());
    }

    private static long nanosOf(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    private void onRemoval(CacheKey key, RemovalCause cause) {
        if (key != null && cause == RemovalCause.SIZE) {
            stats.increment(key.provider(), NAME, Event.EVICTION);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<CacheEntry> find(CacheKey key) {
        return Optional.ofNullable(entries.getIfPresent(key));
    }

    @Override
    public void put(CacheEntry entry) {
        entries.put(entry.key(), entry);
    }

    @Override
    public void remove(CacheKey key) {
        entries.invalidate(key);
    }

    @Override
    public TierStatus status() {
        return TierStatus.up(NAME);
    }

    /** Returns the number of entries held (approximate). */
    public long size() {
        return entries.estimatedSize();
    }

    @Override
    public void close() {
        entries.invalidateAll();
    }

    /** Keeps each entry until its expiry plus the stale window, measured on the injected clock. */
    private static final class Retention implements Expiry<CacheKey, CacheEntry> {
        private final Duration maxStale;
        private final Clock clock;

        Retention(Duration maxStale, Clock clock) {
            this.maxStale = maxStale;
            this.clock = clock;
        }

        @Override
        public long expireAfterCreate(CacheKey key, CacheEntry entry, long currentTime) {
            return entry.retainUntil(maxStale).map(this::nanosUntil).orElse(Long.MAX_VALUE);
        }

        private long nanosUntil(Instant until) {
            Duration left = Duration.between(clock.instant(), until);
            return left.isNegative() ? 0 : saturatedNanos(left);
        }

        private static long saturatedNanos(Duration duration) {
            return duration.compareTo(Duration.ofDays(365L * 100)) > 0 ? Long.MAX_VALUE : duration.toNanos();
        }

        @Override
        public long expireAfterUpdate(CacheKey key, CacheEntry entry, long currentTime, long currentDuration) {
            return expireAfterCreate(key, entry, currentTime);
        }

        @Override
        public long expireAfterRead(CacheKey key, CacheEntry entry, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
