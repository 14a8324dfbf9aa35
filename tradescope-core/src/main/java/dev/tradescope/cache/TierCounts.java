package dev.tradescope.cache;

import dev.tradescope.cache.CacheStats.Event;
import dev.tradescope.marketdata.ProviderId;
import java.util.Map;
import java.util.Objects;

/**
 * Holds the cache counts of one provider in one tier (or {@value CacheStats#SOURCE}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param provider      the provider
 * @param tier          the tier name
 * @param hits          fresh entries found
 * @param misses        lookups without a fresh entry
 * @param staleServes   expired entries served because the fetch failed
 * @param loads         fetches from the source
 * @param loadFailures  fetches that failed
 * @param evictions     entries evicted for the size bound
 * @param bytesRead     payload bytes read
 * @param bytesWritten  payload bytes written
 * @param quarantined   corrupt entries moved aside
 */
public record TierCounts(ProviderId provider, String tier, long hits, long misses, long staleServes, long loads,
                         long loadFailures, long evictions, long bytesRead, long bytesWritten, long quarantined) {

    /** Validates that the provider and tier are present. */
    public TierCounts {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(tier, "tier");
    }

    static TierCounts of(ProviderId provider, String tier, Map<Event, Long> sums) {
        return new TierCounts(provider, tier, sums.get(Event.HIT), sums.get(Event.MISS), sums.get(Event.STALE_SERVE),
                sums.get(Event.LOAD), sums.get(Event.LOAD_FAILURE), sums.get(Event.EVICTION),
                sums.get(Event.BYTES_READ), sums.get(Event.BYTES_WRITTEN), sums.get(Event.QUARANTINE));
    }
}
