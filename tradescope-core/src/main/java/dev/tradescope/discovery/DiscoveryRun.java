package dev.tradescope.discovery;

import java.util.List;
import java.util.Objects;

/**
 * Holds the results of a run over one or more portfolios and what the run cost as a whole.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param results one result per portfolio, in request order
 * @param costs   the market data costs shared by the portfolios
 */
public record DiscoveryRun(List<DiscoveryResult> results, RunCosts costs) {

    /** Copies the results. */
    public DiscoveryRun {
        results = List.copyOf(results);
        Objects.requireNonNull(costs, "costs");
    }
}
