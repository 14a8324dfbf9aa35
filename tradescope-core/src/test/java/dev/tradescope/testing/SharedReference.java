package dev.tradescope.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the team's shared reference files ({@code ../shared/reference} beside the repository). */
public final class SharedReference {

    private SharedReference() {
    }

    /** Returns the path of a file under {@code shared/reference}, walking up from the working directory. */
    public static Path path(String relative) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared/reference");
            if (Files.isDirectory(candidate)) {
                return candidate.resolve(relative);
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("shared/reference not found above " + Path.of("").toAbsolutePath());
    }

    /** Returns the real trade-history sample: 38 trades marked as of 2025-07-19. */
    public static Path sampleTrades() {
        return path("sample-trades/live_signals_20250719.csv");
    }
}
