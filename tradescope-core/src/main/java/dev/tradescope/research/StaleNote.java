package dev.tradescope.research;

import java.util.Objects;

/**
 * Lists a note older than the configured freshness.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param key     the ticker (or sector) of the note
 * @param file    the note's path relative to the workspace
 * @param ageDays its age in days as of the as-of date
 */
public record StaleNote(String key, String file, long ageDays) {

    /** Validates the components. */
    public StaleNote {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(file, "file");
    }
}
