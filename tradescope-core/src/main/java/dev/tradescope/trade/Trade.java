package dev.tradescope.trade;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Holds one row of a trade-history export after validation and derivation. The CSV is
 * authoritative: {@code pnl} and {@code returnValue} are the exported values, never recomputed.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param line           the 1-based line number in the file
 * @param positionId     the Position_UUID as text, {@code ""} when absent
 * @param ticker         the ticker, upper-case
 * @param strategy       the Strategy_Type, {@code "Unknown"} when absent
 * @param entryDate      the entry date
 * @param exitDate       the exit date, if any
 * @param status         closed or open
 * @param direction      long or short (long when absent)
 * @param prices         entry price, exit price and position size as exported
 * @param pnl            the exported PnL, if any
 * @param returnValue    the exported Return as a fraction (0.05 = 5 %), if any
 * @param durationDays   Duration_Days as exported, or derived for open trades
 * @param tradeType      Trade_Type as exported, or derived when empty
 * @param excursions     MFE, MAE, their ratio (possibly non-finite) and the exit efficiency
 * @param daysSinceEntry Days_Since_Entry as exported, or derived for open trades
 * @param currentReturn  Current_Unrealized_PnL: the export's unrealised return snapshot of an open trade
 * @param tradeQuality   Trade_Quality, {@code ""} when absent
 */
public record Trade(long line, String positionId, String ticker, String strategy, LocalDate entryDate,
                    Optional<LocalDate> exitDate, TradeStatus status, Direction direction, Prices prices,
                    Optional<BigDecimal> pnl, Optional<BigDecimal> returnValue, OptionalDouble durationDays,
                    String tradeType, Excursions excursions, OptionalDouble daysSinceEntry,
                    OptionalDouble currentReturn, String tradeQuality) {

    /** Validates that the identifying fields are present. */
    public Trade {
        Objects.requireNonNull(positionId, "positionId");
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(entryDate, "entryDate");
        Objects.requireNonNull(exitDate, "exitDate");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(prices, "prices");
        Objects.requireNonNull(pnl, "pnl");
        Objects.requireNonNull(returnValue, "returnValue");
        Objects.requireNonNull(durationDays, "durationDays");
        Objects.requireNonNull(tradeType, "tradeType");
        Objects.requireNonNull(excursions, "excursions");
        Objects.requireNonNull(daysSinceEntry, "daysSinceEntry");
        Objects.requireNonNull(currentReturn, "currentReturn");
        Objects.requireNonNull(tradeQuality, "tradeQuality");
    }

    /** Tells whether the trade is closed. */
    public boolean isClosed() {
        return status == TradeStatus.CLOSED;
    }

    /**
     * Holds the prices and size of a trade as exported.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param entry the average entry price
     * @param exit  the average exit price
     * @param size  the position size
     */
    public record Prices(OptionalDouble entry, OptionalDouble exit, OptionalDouble size) {
        /** Validates that every component is present. */
        public Prices {
            Objects.requireNonNull(entry, "entry");
            Objects.requireNonNull(exit, "exit");
            Objects.requireNonNull(size, "size");
        }
    }

    /**
     * Holds the excursion statistics of a trade as exported; ratios may be non-finite ({@code inf}, {@code nan}).
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param mfe            Max_Favourable_Excursion as a fraction
     * @param mae            Max_Adverse_Excursion as a fraction
     * @param mfeMaeRatio    MFE_MAE_Ratio, possibly infinite or NaN
     * @param exitEfficiency Exit_Efficiency (or Exit_Efficiency_Fixed when that is the one given)
     */
    public record Excursions(OptionalDouble mfe, OptionalDouble mae, OptionalDouble mfeMaeRatio,
                             OptionalDouble exitEfficiency) {
        /** Validates that every component is present. */
        public Excursions {
            Objects.requireNonNull(mfe, "mfe");
            Objects.requireNonNull(mae, "mae");
            Objects.requireNonNull(mfeMaeRatio, "mfeMaeRatio");
            Objects.requireNonNull(exitEfficiency, "exitEfficiency");
        }
    }
}
