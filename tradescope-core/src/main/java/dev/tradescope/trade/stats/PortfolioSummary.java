package dev.tradescope.trade.stats;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Holds the headline counts and date ranges of a portfolio.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param totalTrades   all trades
 * @param closedTrades  closed trades
 * @param activeTrades  open trades
 * @param uniqueTickers distinct tickers
 * @param earliestEntry the first entry date
 * @param latestEntry   the last entry date
 * @param earliestExit  the first exit date
 * @param latestExit    the last exit date
 */
public record PortfolioSummary(long totalTrades, long closedTrades, long activeTrades, int uniqueTickers,
                               Optional<LocalDate> earliestEntry, Optional<LocalDate> latestEntry,
                               Optional<LocalDate> earliestExit, Optional<LocalDate> latestExit) {

    /** Validates the counts and the presence of the dates. */
    public PortfolioSummary {
        Objects.requireNonNull(earliestEntry, "earliestEntry");
        Objects.requireNonNull(latestEntry, "latestEntry");
        Objects.requireNonNull(earliestExit, "earliestExit");
        Objects.requireNonNull(latestExit, "latestExit");
        if (closedTrades + activeTrades != totalTrades) {
            throw new IllegalArgumentException("closed " + closedTrades + " + active " + activeTrades
                    + " != total " + totalTrades);
        }
    }
}
