package dev.tradescope.cache;

import dev.tradescope.cache.DiskLayout.EntryFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Inspects and tidies a disk cache: stats, verify (and repair), clean, and import of legacy caches.
 * Every operation is safe while another process uses the cache: files that vanish are skipped,
 * removals are single-file deletes or atomic moves, and temp files of running writes are left alone.
 *
 * <p>This class is thread-safe.
 */
public final class CacheMaintenance {
    /** Temp files younger than this may belong to a running write and are never removed. */
    static final Duration TEMP_FILE_GRACE = Duration.ofHours(1);

    private final DiskLayout layout;
    private final Clock clock;

    /** Works on the cache under a root folder, with the clock deciding what is expired. */
    public CacheMaintenance(Path root, Clock clock) {
        this.layout = new DiskLayout(root);
        this.clock = clock;
    }

    /** Returns the cache root. */
    public Path root() {
        return layout.root();
    }

    /** Holds one entry file read from disk: its envelope, or why it is invalid. */
    private record Scanned(EntryFile file, Optional<Envelope> envelope, Optional<String> problem) {
    }

    private List<Scanned> scan() {
        List<Scanned> scanned = new ArrayList<>();
        for (EntryFile file : layout.listEntries()) {
            readEntry(file).ifPresent(scanned::add);
        }
        return scanned;
    }

    // Empty when the file vanished between listing and reading (another process cleaned or evicted it).
    private Optional<Scanned> readEntry(EntryFile file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.path());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(new Scanned(file, Optional.empty(), Optional.of("unreadable: " + e.getMessage())));
        }
        try {
            Envelope envelope = Envelope.decode(bytes);
            return Optional.of(new Scanned(file, Optional.of(envelope), keyProblem(file, envelope)));
        } catch (CorruptEntryException e) {
            return Optional.of(new Scanned(file, Optional.empty(), Optional.of(e.getMessage())));
        }
    }

    private static Optional<String> keyProblem(EntryFile file, Envelope envelope) {
        if (!CacheKey.sha256Hex(envelope.key()).equals(file.sha256())) {
            return Optional.of("file name does not match the key '" + envelope.key() + "'");
        }
        if (!envelope.key().startsWith(file.provider().id() + "|")) {
            return Optional.of("key '" + envelope.key() + "' filed under provider " + file.provider().id());
        }
        return Optional.empty();
    }

    private String relative(Path file) {
        return layout.root().relativize(file).toString();
    }

    /** Counts entries and bytes per provider and TTL class, fresh, expired and corrupt entries, and the quarantine. */
    public CacheInventory stats() {
        Tally tally = new Tally(clock.instant());
        scan().forEach(tally::add);
        List<Path> quarantine = DiskLayout.list(layout.quarantineDir());
        return tally.toInventory(layout.root().toString(), quarantine.size(), sizeOf(quarantine),
                layout.listTempFiles().size());
    }

    private static long sizeOf(List<Path> files) {
        return files.stream().mapToLong(f -> DiskLayout.attributes(f).map(a -> a.size()).orElse(0L)).sum();
    }

    /** Adds up scanned entries for {@link #stats()}. */
    private static final class Tally {
        private final Instant now;
        private final Map<String, long[]> rows = new TreeMap<>();
        private long valid;
        private long fresh;
        private long corrupt;
        private long corruptBytes;
        private Instant oldest;
        private Instant newest;

        Tally(Instant now) {
            this.now = now;
        }

        void add(Scanned entry) {
            if (entry.problem().isPresent()) {
                corrupt++;
                corruptBytes += entry.file().size();
            } else {
                addValid(entry.file(), entry.envelope().orElseThrow());
            }
        }

        private void addValid(EntryFile file, Envelope envelope) {
            long[] row = rows.computeIfAbsent(file.provider().id() + "\t" + envelope.ttlClass().id(), k -> new long[2]);
            row[0]++;
            row[1] += file.size();
            valid++;
            fresh += envelope.isFreshAt(now) ? 1 : 0;
            Instant stored = envelope.storedAt();
            oldest = oldest == null || stored.isBefore(oldest) ? stored : oldest;
            newest = newest == null || stored.isAfter(newest) ? stored : newest;
        }

        CacheInventory toInventory(String root, long quarantineFiles, long quarantineBytes, long tempFiles) {
            List<CacheInventory.Row> list = new ArrayList<>();
            rows.forEach((name, counts) -> list.add(new CacheInventory.Row(name.substring(0, name.indexOf('\t')),
                    name.substring(name.indexOf('\t') + 1), counts[0], counts[1])));
            return new CacheInventory(root, list, fresh, valid - fresh, corrupt, corruptBytes,
                    Optional.ofNullable(oldest), Optional.ofNullable(newest), quarantineFiles, quarantineBytes,
                    tempFiles);
        }
    }

    /** Checks every entry (envelope, checksum, key ↔ file name); with {@code repair}, moves bad ones to quarantine. */
    public VerifyReport verify(boolean repair) {
        long checked = 0;
        List<VerifyReport.Problem> problems = new ArrayList<>();
        for (EntryFile file : layout.listEntries()) {
            Optional<Scanned> scanned = readEntry(file);
            if (scanned.isEmpty()) {
                continue;
            }
            checked++;
            scanned.get().problem().ifPresent(reason -> problems.add(new VerifyReport.Problem(relative(file.path()),
                    reason, repair && layout.quarantine(file.path()))));
        }
        return new VerifyReport(checked, checked - problems.size(), problems);
    }

    /** Removes what the request selects (or only lists it, on a dry run). */
    public CleanReport clean(CleanRequest request) {
        Instant now = clock.instant();
        List<CleanReport.Removed> removed = new ArrayList<>();
        for (Scanned entry : scan()) {
            selectReason(entry, request, now).ifPresent(reason -> remove(entry.file().path(),
                    entry.file().provider().id(), entry.file().size(), reason, request.dryRun(), removed));
        }
        if (request.all() && request.provider().isEmpty()) {
            cleanLeftovers(now, request.dryRun(), removed);
        }
        return new CleanReport(request.dryRun(), removed, removed.stream().mapToLong(CleanReport.Removed::bytes).sum());
    }

    private static Optional<String> selectReason(Scanned entry, CleanRequest request, Instant now) {
        if (request.provider().isPresent() && request.provider().get() != entry.file().provider()) {
            return Optional.empty();
        }
        if (request.all()) {
            return Optional.of("all");
        }
        Optional<Envelope> envelope = entry.envelope().filter(e -> entry.problem().isEmpty());
        if (request.expired() && envelope.map(e -> e.isFreshAt(now)).orElse(true)) {
            return Optional.empty();
        }
        if (request.olderThan().isPresent() && envelope.map(e -> !e.storedAt()
                .isBefore(now.minus(request.olderThan().get()))).orElse(true)) {
            return Optional.empty();
        }
        return Optional.of(request.expired() ? "expired" : request.olderThan().isPresent() ? "older than "
                + request.olderThan().get() : "provider");
    }

    private void cleanLeftovers(Instant now, boolean dryRun, List<CleanReport.Removed> removed) {
        for (Path file : DiskLayout.list(layout.quarantineDir())) {
            long size = DiskLayout.attributes(file).map(a -> a.size()).orElse(0L);
            remove(file, "quarantine", size, "quarantined", dryRun, removed);
        }
        if (!dryRun) {
            DiskLayout.list(layout.locksDir()).forEach(DiskLayout::deleteUnlocked);
        }
        for (Path temp : layout.listTempFiles()) {
            DiskLayout.attributes(temp).filter(a -> a.lastModifiedTime().toInstant()
                    .isBefore(now.minus(TEMP_FILE_GRACE))).ifPresent(a -> remove(temp, "temp", a.size(),
                    "leftover of an interrupted write", dryRun, removed));
        }
    }

    private void remove(Path file, String provider, long size, String reason, boolean dryRun,
                        List<CleanReport.Removed> removed) {
        if (dryRun || deleted(file)) {
            removed.add(new CleanReport.Removed(relative(file), provider, size, reason));
        }
    }

    private static boolean deleted(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            return false;
        }
    }

    /** Imports the still-valid entries of a legacy flat cache, filed under the new keys. */
    public ImportReport importLegacy(Path legacyDir, TtlPolicy policy) {
        return new LegacyImporter(layout, policy, clock).importFrom(legacyDir);
    }
}
