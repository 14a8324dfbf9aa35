package dev.tradescope.trade.stats;

import java.util.Objects;

/**
 * Holds the trade counts and closed-trade metrics of one ticker (or one strategy).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name         the ticker or strategy
 * @param totalTrades  all trades
 * @param activeTrades open trades
 * @param metrics      the closed-trade metrics
 */
public record TickerPerformance(String name, long totalTrades, long activeTrades, PerformanceMetrics metrics) {

    /** Validates the counts. */
    public TickerPerformance {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(metrics, "metrics");
        if (metrics.closedTrades() + activeTrades != totalTrades) {
            throw new IllegalArgumentException(name + ": closed + active != total");
        }
    }
}
