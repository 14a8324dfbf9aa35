package dev.tradescope.discovery;

import dev.tradescope.support.Formats;
import dev.tradescope.support.ResourceLimitException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Locale;

/**
 * Stops a run cleanly before it could run out of memory. Each {@link #check()} (made every 16 384
 * rows and between phases) reads the heap still in use after the most recent garbage collection
 * of the old generation; once that passes the ceiling, it throws {@link ResourceLimitException}
 * (exit 3), so the run ends with a clear message and writes nothing, instead of an OutOfMemoryError.
 * Live data, not garbage, is what it measures: young garbage never trips it.
 *
 * <p>While the whole heap in use, garbage included, is under the ceiling, the live part is too, and
 * the check needs nothing more than that figure; the memory pools are looked up only once it is over.
 * Their lookup is costly (it names every pool for the management server): a short run never makes it.
 */
public final class MemoryGuard {
    private final long ceilingBytes;
    private volatile List<MemoryPoolMXBean> oldPools; // looked up on the first check over the ceiling

    private MemoryGuard(long ceilingBytes) {
        this.ceilingBytes = ceilingBytes;
    }

    /** Builds a guard that watches the heap after collection against {@code ceilingBytes}. */
    public static MemoryGuard watching(long ceilingBytes) {
        if (ceilingBytes <= 0) {
            throw new IllegalArgumentException("--max-memory: must be positive, was " + ceilingBytes);
        }
        return new MemoryGuard(ceilingBytes);
    }

    /** Builds a guard that never trips (library use without a ceiling). */
    public static MemoryGuard none() {
        return new MemoryGuard(Long.MAX_VALUE);
    }

    /** Throws {@link ResourceLimitException} when the heap after the last collection passed the ceiling. */
    public void check() {
        Runtime runtime = Runtime.getRuntime();
        if (runtime.totalMemory() - runtime.freeMemory() <= ceilingBytes) {
            return;
        }
        long used = usedAfterCollection();
        if (used > ceilingBytes) {
            throw new ResourceLimitException(Formats.format("stopped: the heap still held %.1f MB after garbage collection, over the %.1f MB ceiling "
                            + "(--max-memory); nothing was written. Raise --max-memory or narrow --timeframe.",
                    used / 1048576.0, ceilingBytes / 1048576.0));
        }
    }

    private long usedAfterCollection() {
        List<MemoryPoolMXBean> pools = oldPools;
        if (pools == null) {
            pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported() && isOld(p))
                    .toList();
            oldPools = pools;
        }
        long used = 0;
        for (MemoryPoolMXBean pool : pools) {
            MemoryUsage after = pool.getCollectionUsage();
            used += after == null ? 0 : after.getUsed();
        }
        return used;
    }

    private static boolean isOld(MemoryPoolMXBean pool) {
        String name = pool.getName().toLowerCase(Locale.ROOT);
        return name.contains("old") || name.contains("tenured");
    }
}
