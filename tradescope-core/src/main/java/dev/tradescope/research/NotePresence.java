package dev.tradescope.research;

import java.util.Objects;

/**
 * Locates the newest fundamental note of a ticker as of the as-of date.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param filePath the note's path relative to the workspace
 * @param fileDate the date in its name as a UTC date-time ({@code 2025-07-01T00:00:00Z})
 * @param ageDays  whole days from that date to the as-of date
 */
public record NotePresence(String filePath, String fileDate, long ageDays) {

    /** Validates the components. */
    public NotePresence {
        Objects.requireNonNull(filePath, "filePath");
        Objects.requireNonNull(fileDate, "fileDate");
        if (ageDays < 0) {
            throw new IllegalArgumentException("ageDays: must not be negative, was " + ageDays);
        }
    }
}
