package dev.tradescope.cache;

import java.util.List;
import java.util.Objects;

/**
 * Says what {@code cache import-legacy} did: the entries filed under new keys, and every legacy file
 * that was not imported, with why.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param filesRead how many legacy files were read
 * @param imported  the entries written, by new key
 * @param skipped   the files (or parts of files) not imported
 */
public record ImportReport(int filesRead, List<Imported> imported, List<Skipped> skipped) {

    /** Copies the lists. */
    public ImportReport {
        imported = List.copyOf(imported);
        skipped = List.copyOf(skipped);
    }

    /**
     * Describes one imported entry.
     *
     * @param file the legacy file, relative to the legacy folder
     * @param key  the new key's canonical form
     */
    public record Imported(String file, String key) {
        /** Checks the parts. */
        public Imported {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(key, "key");
        }
    }

    /**
     * Describes one legacy file not imported.
     *
     * @param file   the legacy file, relative to the legacy folder
     * @param reason why: corrupt, expired, unrecognised payload...
     */
    public record Skipped(String file, String reason) {
        /** Checks the parts. */
        public Skipped {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
