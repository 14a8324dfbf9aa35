package dev.tradescope.discovery;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Names the file a portfolio argument resolved to.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name     the portfolio name without a date suffix (used in output names)
 * @param file     the CSV file
 * @param fileDate the date in the file name, if it has one
 */
public record ResolvedPortfolio(String name, Path file, Optional<LocalDate> fileDate) {

    /** Validates that every component is present. */
    public ResolvedPortfolio {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(fileDate, "fileDate");
    }
}
