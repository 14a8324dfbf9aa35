package dev.tradescope.research;

import java.util.Objects;

/**
 * Lists a note dated after the as-of date: it exists but is not used.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param key      the ticker (or sector) the note is filed under
 * @param filePath the note's path relative to the workspace
 * @param fileDate the date in its name as a UTC date-time
 */
public record NoteAfterAsOf(String key, String filePath, String fileDate) {

    /** Validates the components. */
    public NoteAfterAsOf {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(filePath, "filePath");
        Objects.requireNonNull(fileDate, "fileDate");
    }
}
