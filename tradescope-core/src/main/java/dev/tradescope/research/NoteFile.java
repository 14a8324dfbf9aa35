package dev.tradescope.research;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Names one research note found in a folder listing: its file name, the key it is filed under (a ticker
 * or a canonical sector name) and the date in its name.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param fileName the file name, such as {@code AAPL_20250711.md}
 * @param key      the ticker (exactly as written) or the canonical sector name
 * @param date     the date in the file name
 */
record NoteFile(String fileName, String key, LocalDate date) {

    NoteFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(date, "date");
    }
}
