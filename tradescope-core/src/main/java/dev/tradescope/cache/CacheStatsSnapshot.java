package dev.tradescope.cache;

import dev.tradescope.marketdata.ProviderId;
import java.util.List;
import java.util.Optional;

/**
 * Holds the cache counts of a run, one row per provider and tier, for the run report.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rows the counts, sorted by provider and tier
 */
public record CacheStatsSnapshot(List<TierCounts> rows) {

    /** Copies the rows. */
    public CacheStatsSnapshot {
        rows = List.copyOf(rows);
    }

    /** Finds the counts of a provider in a tier. */
    public Optional<TierCounts> find(ProviderId provider, String tier) {
        return rows.stream().filter(r -> r.provider() == provider && r.tier().equals(tier)).findFirst();
    }

    /** Returns the hits of a tier summed over providers. */
    public long hitsOf(String tier) {
        return rows.stream().filter(r -> r.tier().equals(tier)).mapToLong(TierCounts::hits).sum();
    }

    /** Returns the number of source loads summed over providers. */
    public long loads() {
        return rows.stream().mapToLong(TierCounts::loads).sum();
    }
}
