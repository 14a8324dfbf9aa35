package dev.tradescope.context;

import dev.tradescope.trade.stats.ActivePosition;
import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Identifies the open position a {@link MarkToMarket} belongs to.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param ticker     the ticker
 * @param positionId the Position_UUID, {@code ""} when absent
 * @param line       the line of the trade in the export
 * @param entryDate  the entry date
 * @param entryPrice the exported average entry price, if any
 */
public record OpenPosition(String ticker, String positionId, long line, LocalDate entryDate, OptionalDouble entryPrice) {

    /** Validates that every component is present. */
    public OpenPosition {
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(positionId, "positionId");
        Objects.requireNonNull(entryDate, "entryDate");
        Objects.requireNonNull(entryPrice, "entryPrice");
    }

    // The identifying part of an active position.
    static OpenPosition of(ActivePosition position) {
        return new OpenPosition(position.ticker(), position.positionId(), position.line(), position.entryDate(),
                position.entryPrice());
    }
}
