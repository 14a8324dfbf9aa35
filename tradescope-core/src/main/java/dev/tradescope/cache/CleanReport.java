package dev.tradescope.cache;

import java.util.List;
import java.util.Objects;

/**
 * Says what {@code cache clean} removed (or would remove, on a dry run) and the bytes freed.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param dryRun     whether nothing was actually removed
 * @param removed    the files removed
 * @param bytesFreed their total size
 */
public record CleanReport(boolean dryRun, List<Removed> removed, long bytesFreed) {

    /** Copies the list. */
    public CleanReport {
        removed = List.copyOf(removed);
    }

    /**
     * Describes one removed file.
     *
     * @param file     the file, relative to the cache root
     * @param provider the provider id, or {@code quarantine} / {@code temp}
     * @param bytes    its size
     * @param reason   why it was selected
     */
    public record Removed(String file, String provider, long bytes, String reason) {
        /** Checks the parts. */
        public Removed {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
