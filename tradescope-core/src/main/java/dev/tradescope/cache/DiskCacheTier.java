package dev.tradescope.cache;

import dev.tradescope.cache.CacheStats.Event;
import dev.tradescope.cache.DiskLayout.EntryFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps entries as files {@code <root>/<provider>/<xx>/<sha256>.json}, each an envelope written to a
 * temp file, synced and renamed into place. A torn, truncated or mismatched entry is a miss and is
 * moved to {@code <root>/quarantine/}. The total size is bounded: past the bound the least recently
 * used entries (by file modification time, which a hit refreshes) are deleted down to 90 % of it.
 * When the folder cannot be written (read-only, disk full) the tier switches itself off and says why.
 *
 * <p>This class is thread-safe; several processes may share one root.
 */
public final class DiskCacheTier implements CacheTier {
    /** The tier name. */
    public static final String NAME = "disk";
    private static final long UNKNOWN = -1;

    private final DiskLayout layout;
    private final long maxBytes;
    private final Clock clock;
    private final CacheStats stats;
    private final AtomicLong totalBytes = new AtomicLong(UNKNOWN);
    private final AtomicReference<String> problem = new AtomicReference<>();

    /**
     * Builds a disk tier over a root folder (created on the first write).
     *
     * @param root     the cache root
     * @param maxBytes the bound on the total size of the entry files
     * @param clock    the time source for last-use times
     * @param stats    where quarantines, evictions and bytes are counted
     */
    public DiskCacheTier(Path root, long maxBytes, Clock clock, CacheStats stats) {
        this.layout = new DiskLayout(root);
        this.maxBytes = maxBytes;
        this.clock = clock;
        this.stats = stats;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Returns the cache root. */
    public Path root() {
        return layout.root();
    }

    @Override
    public Optional<CacheEntry> find(CacheKey key) {
        if (problem.get() != null) {
            return Optional.empty();
        }
        Path file = layout.entryPath(key);
        return read(file).flatMap(bytes -> decode(key, file, bytes));
    }

    private Optional<byte[]> read(Path file) {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            disable("cannot read " + file + ": " + e);
            return Optional.empty();
        }
    }

    private Optional<CacheEntry> decode(CacheKey key, Path file, byte[] bytes) {
        try {
            CacheEntry entry = Envelope.decode(bytes).toEntry(key);
            stats.add(key.provider(), NAME, Event.BYTES_READ, bytes.length);
            touch(file);
            return Optional.of(entry);
        } catch (CorruptEntryException e) {
            quarantine(key, file, bytes);
            return Optional.empty();
        }
    }

    // Moves a corrupt file aside unless a writer replaced it meanwhile.
    private void quarantine(CacheKey key, Path file, byte[] corrupt) {
        if (read(file).map(now -> Arrays.equals(now, corrupt)).orElse(false) && layout.quarantine(file)) {
            stats.increment(key.provider(), NAME, Event.QUARANTINE);
        }
    }

    private void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(clock.instant()));
        } catch (IOException e) {
            return;
        }
    }

    @Override
    public void put(CacheEntry entry) {
        if (problem.get() != null) {
            return;
        }
        byte[] bytes = Envelope.encode(entry);
        Path file = layout.entryPath(entry.key());
        long replaced = DiskLayout.attributes(file).map(a -> a.size()).orElse(0L);
        try {
            DiskLayout.writeAtomically(file, bytes, clock.instant());
        } catch (IOException e) {
            disable("cannot write " + layout.root() + ": " + e);
            return;
        }
        stats.add(entry.key().provider(), NAME, Event.BYTES_WRITTEN, bytes.length);
        grow(bytes.length - replaced);
    }

    private void grow(long delta) {
        if (totalBytes.get() == UNKNOWN) {
            totalBytes.compareAndSet(UNKNOWN, sizeOnDisk());
        } else {
            totalBytes.addAndGet(delta);
        }
        if (totalBytes.get() > maxBytes) {
            evict();
        }
    }

    private long sizeOnDisk() {
        return layout.listEntries().stream().mapToLong(EntryFile::size).sum();
    }

    // Deletes the least recently used entries down to 90 % of the bound; re-reads the folder first,
    // because other processes write to it too.
    private synchronized void evict() {
        List<EntryFile> files = layout.listEntries();
        long total = files.stream().mapToLong(EntryFile::size).sum();
        long target = maxBytes - maxBytes / 10;
        files.sort(Comparator.comparing(EntryFile::lastUsed));
        for (EntryFile file : files) {
            if (total <= target) {
                break;
            }
            if (deleteQuietly(file.path())) {
                total -= file.size();
                stats.increment(file.provider(), NAME, Event.EVICTION);
            }
        }
        totalBytes.set(total);
    }

    private static boolean deleteQuietly(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void remove(CacheKey key) {
        deleteQuietly(layout.entryPath(key));
    }

    private void disable(String reason) {
        problem.compareAndSet(null, reason);
    }

    @Override
    public TierStatus status() {
        String reason = problem.get();
        return reason == null ? TierStatus.up(NAME) : TierStatus.down(NAME, reason);
    }

    @Override
    public void close() {
        // Nothing is held open between calls.
    }
}
