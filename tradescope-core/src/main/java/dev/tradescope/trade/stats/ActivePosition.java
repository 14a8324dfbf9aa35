package dev.tradescope.trade.stats;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Holds one open position as of the as-of date.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param ticker        the ticker
 * @param strategy      the strategy
 * @param positionId    the Position_UUID, {@code ""} when absent
 * @param line          the line in the file
 * @param entryDate     the entry date
 * @param entryPrice    the average entry price, if exported
 * @param daysHeld      whole days from entry to the as-of date
 * @param currentReturn the export's unrealised return snapshot, if any
 * @param exportedDaysSinceEntry the export's own Days_Since_Entry, which tells when its snapshot was taken
 * @param tradeQuality  Trade_Quality, {@code ""} when absent
 */
public record ActivePosition(String ticker, String strategy, String positionId, long line, LocalDate entryDate,
                             OptionalDouble entryPrice, long daysHeld, OptionalDouble currentReturn,
                             OptionalDouble exportedDaysSinceEntry, String tradeQuality) {

    /** Validates that every component is present. */
    public ActivePosition {
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(positionId, "positionId");
        Objects.requireNonNull(entryDate, "entryDate");
        Objects.requireNonNull(entryPrice, "entryPrice");
        Objects.requireNonNull(currentReturn, "currentReturn");
        Objects.requireNonNull(exportedDaysSinceEntry, "exportedDaysSinceEntry");
        Objects.requireNonNull(tradeQuality, "tradeQuality");
        if (daysHeld < 0) {
            throw new IllegalArgumentException(ticker + ": days held must not be negative, was " + daysHeld);
        }
    }

    // The same position, `lines` lines further down the file: for positions of a part of the file read on
    // its own, whose lines were numbered from the start of that part.
    ActivePosition movedDown(long lines) {
        return lines == 0 ? this : new ActivePosition(ticker, strategy, positionId, line + lines, entryDate, entryPrice,
                daysHeld, currentReturn, exportedDaysSinceEntry, tradeQuality);
    }
}
