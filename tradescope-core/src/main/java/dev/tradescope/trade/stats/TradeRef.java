package dev.tradescope.trade.stats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Points at one trade of the export, for best and worst trade.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param ticker      the ticker
 * @param positionId  the Position_UUID, {@code ""} when absent
 * @param line        the line in the file
 * @param entryDate   the entry date
 * @param returnValue the trade's Return
 * @param pnl         the trade's PnL, if any
 */
public record TradeRef(String ticker, String positionId, long line, LocalDate entryDate, BigDecimal returnValue,
                       Optional<BigDecimal> pnl) {

    /** Validates that every component is present. */
    public TradeRef {
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(positionId, "positionId");
        Objects.requireNonNull(entryDate, "entryDate");
        Objects.requireNonNull(returnValue, "returnValue");
        Objects.requireNonNull(pnl, "pnl");
    }

    // The same trade, `lines` lines further down the file (see ActivePosition.movedDown).
    TradeRef movedDown(long lines) {
        return lines == 0 ? this : new TradeRef(ticker, positionId, line + lines, entryDate, returnValue, pnl);
    }
}
