package dev.tradescope.discovery;

import dev.tradescope.support.ResourceLimitException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;

/**
 * Stops a run cleanly before it could run out of memory. It watches the heap that is still in use
 * after each garbage collection (the collection-usage threshold of the old generation): once that
 * passes the ceiling, the next {@link #check()} throws {@link ResourceLimitException} (exit 3), so
 * the run ends with a clear message and writes nothing, instead of an OutOfMemoryError.
 */
public final class MemoryGuard implements AutoCloseable {
    /** The default ceiling: 1 GiB of heap. */
    public static final long DEFAULT_CEILING_BYTES = 1L << 30;

    private final long ceilingBytes;
    private final AtomicLong exceededAt = new AtomicLong(-1);
    private final NotificationListener listener = (notification, handback) -> {
        if (MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(notification.getType())) {
            exceededAt.compareAndSet(-1, usedAfterCollection());
        }
    };
    private final boolean armed;

    private MemoryGuard(long ceilingBytes, boolean arm) {
        this.ceilingBytes = ceilingBytes;
        this.armed = arm && arm(ceilingBytes);
    }

    /** Builds a guard that watches the heap after collection against {@code ceilingBytes}. */
    public static MemoryGuard watching(long ceilingBytes) {
        if (ceilingBytes <= 0) {
            throw new IllegalArgumentException("--max-memory: must be positive, was " + ceilingBytes);
        }
        return new MemoryGuard(ceilingBytes, true);
    }

    /** Builds a guard that never trips (library use without a ceiling). */
    public static MemoryGuard none() {
        return new MemoryGuard(Long.MAX_VALUE, false);
    }

    /** Throws {@link ResourceLimitException} when the heap after a collection passed the ceiling. */
    public void check() {
        long used = exceededAt.get();
        if (used >= 0) {
            throw new ResourceLimitException(String.format(Locale.ROOT,
                    "stopped: the heap still held %.0f MB after garbage collection, over the %.0f MB ceiling "
                            + "(--max-memory); nothing was written. Raise --max-memory or narrow --timeframe.",
                    used / 1048576.0, ceilingBytes / 1048576.0));
        }
    }

    /** Returns the ceiling in bytes. */
    public long ceilingBytes() {
        return ceilingBytes;
    }

    private boolean arm(long ceiling) {
        boolean any = false;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported() && isOld(pool)) {
                long max = pool.getUsage().getMax();
                pool.setCollectionUsageThreshold(max > 0 ? Math.min(ceiling, max) : ceiling);
                any = true;
            }
        }
        if (any) {
            ((NotificationEmitter) ManagementFactory.getMemoryMXBean()).addNotificationListener(listener, null, null);
        }
        return any;
    }

    private static boolean isOld(MemoryPoolMXBean pool) {
        String name = pool.getName().toLowerCase(Locale.ROOT);
        return name.contains("old") || name.contains("tenured");
    }

    private static long usedAfterCollection() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                used += pool.getCollectionUsage().getUsed();
            }
        }
        return used;
    }

    @Override
    public void close() {
        if (armed) {
            try {
                ((NotificationEmitter) ManagementFactory.getMemoryMXBean()).removeNotificationListener(listener);
            } catch (javax.management.ListenerNotFoundException ignored) {
                // already removed
            }
        }
    }
}
