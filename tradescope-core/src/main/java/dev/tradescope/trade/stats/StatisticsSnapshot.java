package dev.tradescope.trade.stats;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Holds every trade statistic of a discovery: summary, distributions, per-ticker and per-strategy
 * performance, the portfolio's metrics and the open positions. Maps are sorted by key.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param summary              counts and date ranges
 * @param strategyDistribution all trades per strategy
 * @param tickers              per ticker, including tickers with only open trades
 * @param strategies           per strategy
 * @param metrics              the portfolio's closed-trade metrics
 * @param qualityDistribution  all trades per Trade_Quality ({@code Unrated} when empty)
 * @param activePositions      the open positions, by ticker then entry date
 */
public record StatisticsSnapshot(PortfolioSummary summary, Map<String, Long> strategyDistribution,
                                 Map<String, TickerPerformance> tickers, Map<String, TickerPerformance> strategies,
                                 PerformanceMetrics metrics, Map<String, Long> qualityDistribution,
                                 List<ActivePosition> activePositions) {

    /** Copies the collections into sorted, unmodifiable ones. */
    public StatisticsSnapshot {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(metrics, "metrics");
        strategyDistribution = sorted(strategyDistribution);
        tickers = sorted(tickers);
        strategies = sorted(strategies);
        qualityDistribution = sorted(qualityDistribution);
        activePositions = List.copyOf(activePositions);
    }

    private static <V> SortedMap<String, V> sorted(Map<String, V> map) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }
}
