package dev.tradescope.discovery;

import dev.tradescope.cache.CacheStatsSnapshot;
import dev.tradescope.cache.TierCounts;
import dev.tradescope.discovery.plan.ItemOutcome;
import dev.tradescope.resilience.ProviderStats;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Says what the market data phases of a run cost, counted by the code that did the work: the data
 * items by outcome, the calls per provider, the cache figures per tier, the shared phase timings and
 * the warnings.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param outcomes       every data item of the run with what became of it
 * @param providers      the calls, retries, waits, quota and breaker state per provider
 * @param cache          hits, misses and loads per provider and tier
 * @param phaseMillis    wall time of the shared phases (plan, fetch)
 * @param warnings       what the user should know (deadline passed, high miss ratio, tiers off)
 */
public record RunCosts(List<ItemOutcome> outcomes, List<ProviderStats> providers, CacheStatsSnapshot cache,
                       Map<String, Double> phaseMillis, List<String> warnings) {
    /** A run whose share of items that missed the cache is above this gets a warning. */
    public static final double MISS_RATIO_WARNING = 0.5;

    /** Copies the collections. */
    public RunCosts {
        outcomes = List.copyOf(outcomes);
        providers = List.copyOf(providers);
        Objects.requireNonNull(cache, "cache");
        phaseMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(phaseMillis));
        warnings = List.copyOf(warnings);
    }

    /** Counts the items by outcome. */
    public Map<ItemOutcome.Status, Long> countByStatus() {
        Map<ItemOutcome.Status, Long> counts = new EnumMap<>(ItemOutcome.Status.class);
        for (ItemOutcome.Status status : ItemOutcome.Status.values()) {
            counts.put(status, 0L);
        }
        outcomes.forEach(o -> counts.merge(o.status(), 1L, Long::sum));
        return counts;
    }

    /**
     * Returns the share of the items that went to the cache and were served by it: cache hits over
     * cache hits plus everything that had to be fetched (fetched, stale, failed, timed out). Local
     * files and unavailable items do not count. Empty when no item went to the cache.
     */
    public OptionalDouble cacheHitRatio() {
        Map<ItemOutcome.Status, Long> c = countByStatus();
        long hits = c.get(ItemOutcome.Status.CACHE_HIT);
        long misses = c.get(ItemOutcome.Status.FETCHED) + c.get(ItemOutcome.Status.STALE)
                + c.get(ItemOutcome.Status.FAILED) + c.get(ItemOutcome.Status.TIMED_OUT);
        return hits + misses == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) hits / (hits + misses));
    }

    /** Returns the hit ratio of one cache tier over every provider: hits / (hits + misses). */
    public OptionalDouble tierHitRatio(String tier) {
        long hits = 0;
        long misses = 0;
        for (TierCounts row : cache.rows()) {
            if (row.tier().equals(tier)) {
                hits += row.hits();
                misses += row.misses();
            }
        }
        return hits + misses == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) hits / (hits + misses));
    }

    /** Returns the API calls made in the run, over every provider. */
    public long apiCalls() {
        return providers.stream().mapToLong(ProviderStats::calls).sum();
    }
}
