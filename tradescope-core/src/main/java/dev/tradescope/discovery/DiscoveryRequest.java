package dev.tradescope.discovery;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Describes one discovery run: which portfolio, in which workspace, as of which date, over which
 * window and strategy.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param portfolio the portfolio name or CSV path, as the user gave it
 * @param workspace the workspace root
 * @param asOf      the date every day count and age uses
 * @param timeframe the window of entry dates kept
 * @param strategy  the one strategy kept; empty keeps all
 */
public record DiscoveryRequest(String portfolio, Path workspace, LocalDate asOf, Timeframe timeframe,
                               Optional<String> strategy) {

    /** Validates that every component is present and normalises the workspace path. */
    public DiscoveryRequest {
        Objects.requireNonNull(portfolio, "portfolio");
        workspace = workspace.toAbsolutePath().normalize();
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(timeframe, "timeframe");
        Objects.requireNonNull(strategy, "strategy");
    }
}
