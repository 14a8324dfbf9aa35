package dev.tradescope.cache;

import java.util.Optional;

/**
 * Stores cache entries in one place (memory, disk, Redis). A tier keeps an entry at least until
 * it expires and may keep it longer (for serve-stale); it never throws for expected trouble (a full
 * disk, Redis down): it switches itself off and says why in {@link #status()}.
 */
public interface CacheTier extends AutoCloseable {

    /** Returns the tier name used in stats and reports. */
    String name();

    /** Finds the entry of a key, fresh or expired; empty on a miss or when the tier is off. */
    Optional<CacheEntry> find(CacheKey key);

    /** Stores an entry, replacing any entry of its key. */
    void put(CacheEntry entry);

    /** Removes the entry of a key, if any. */
    void remove(CacheKey key);

    /** Returns whether the tier is in use and, if not, why. */
    TierStatus status();

    /** Releases the tier's resources. */
    @Override
    void close();
}
