package dev.tradescope.research;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Summarises the trades of one ticker for the sector analysis: counts, outcomes of closed trades and
 * the sum of their returns (fractions, as in the CSV's {@code Return} column).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param ticker       the ticker as traded
 * @param trades       all trades (closed and open)
 * @param closedTrades closed trades
 * @param openTrades   open trades
 * @param wins         closed trades that won
 * @param losses       closed trades that lost (breakevens are neither)
 * @param totalReturn  Σ Return of the closed trades
 */
public record TickerTradeSummary(String ticker, int trades, int closedTrades, int openTrades, int wins, int losses,
        BigDecimal totalReturn) {

    /** Validates that counts are non-negative and consistent: trades = closed + open, wins + losses ≤ closed. */
    public TickerTradeSummary {
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(totalReturn, "totalReturn");
        if (ticker.isBlank()) {
            throw new IllegalArgumentException("ticker: must not be blank");
        }
        requireNonNegative("trades", trades);
        requireNonNegative("closedTrades", closedTrades);
        requireNonNegative("openTrades", openTrades);
        requireNonNegative("wins", wins);
        requireNonNegative("losses", losses);
        if (closedTrades + openTrades != trades) {
            throw new IllegalArgumentException(ticker + ": trades must equal closedTrades + openTrades, was "
                    + trades + " vs " + closedTrades + " + " + openTrades);
        }
        if (wins + losses > closedTrades) {
            throw new IllegalArgumentException(ticker + ": wins + losses must not exceed closedTrades, was "
                    + wins + " + " + losses + " > " + closedTrades);
        }
    }

    /** Builds the summary of a ticker that is only to be looked up (no trade counts). */
    public static TickerTradeSummary untraded(String ticker) {
        return new TickerTradeSummary(ticker, 0, 0, 0, 0, 0, BigDecimal.ZERO);
    }

    private static void requireNonNegative(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + ": must not be negative, was " + value);
        }
    }
}
