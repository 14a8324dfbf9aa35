package dev.tradescope.cache;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Describes what a disk cache holds: entries and bytes per provider and TTL class, how many are
 * fresh, expired or corrupt, the oldest and newest entry, and the quarantine.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param root            the cache root
 * @param rows            entries and bytes per provider and TTL class, sorted
 * @param fresh           entries still fresh
 * @param expired         entries past their expiry
 * @param corrupt         entry files that do not read as valid
 * @param corruptBytes    the size of the corrupt files
 * @param oldest          when the oldest valid entry was stored
 * @param newest          when the newest valid entry was stored
 * @param quarantineFiles files in the quarantine folder
 * @param quarantineBytes their size
 * @param tempFiles       leftover temp files of interrupted writes
 */
public record CacheInventory(String root, List<Row> rows, long fresh, long expired, long corrupt, long corruptBytes,
                             Optional<Instant> oldest, Optional<Instant> newest, long quarantineFiles,
                             long quarantineBytes, long tempFiles) {

    /** Copies the rows and checks the parts. */
    public CacheInventory {
        Objects.requireNonNull(root, "root");
        rows = List.copyOf(rows);
        Objects.requireNonNull(oldest, "oldest");
        Objects.requireNonNull(newest, "newest");
    }

    /** Returns the number of valid entries. */
    public long entries() {
        return rows.stream().mapToLong(Row::entries).sum();
    }

    /** Returns the size of the valid entries in bytes. */
    public long bytes() {
        return rows.stream().mapToLong(Row::bytes).sum();
    }

    /**
     * Holds the entries and bytes of one provider and TTL class.
     *
     * @param provider the provider id
     * @param ttlClass the TTL class id
     * @param entries  how many valid entries
     * @param bytes    their size in bytes
     */
    public record Row(String provider, String ttlClass, long entries, long bytes) {
        /** Checks the names. */
        public Row {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(ttlClass, "ttlClass");
        }
    }
}
