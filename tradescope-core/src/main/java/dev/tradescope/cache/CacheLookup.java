package dev.tradescope.cache;

import java.util.Objects;

/**
 * Holds what a lookup found: the entry, the tier it came from, and whether it is fresh.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param entry the entry found
 * @param tier  the name of the tier that held it
 * @param fresh whether it was fresh at lookup time
 */
public record CacheLookup(CacheEntry entry, String tier, boolean fresh) {

    /** Validates that the parts are present. */
    public CacheLookup {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(tier, "tier");
    }
}
