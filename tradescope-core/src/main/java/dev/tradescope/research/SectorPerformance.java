package dev.tradescope.research;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Summarises the trades of one sector.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param tickers        the traded tickers in the sector, sorted
 * @param trades         all trades
 * @param closedTrades   closed trades
 * @param openTrades     open trades
 * @param wins           winning closed trades
 * @param losses         losing closed trades
 * @param decisiveTrades wins + losses
 * @param winRate        wins / decisive trades, 4 decimals; 0 when there is no decisive trade
 * @param totalReturn    Σ Return of the closed trades
 * @param hasLocalNote   whether a sector note on or before the as-of date exists
 */
public record SectorPerformance(List<String> tickers, int trades, int closedTrades, int openTrades, int wins,
        int losses, int decisiveTrades, BigDecimal winRate, BigDecimal totalReturn, boolean hasLocalNote) {

    /** Validates the components and copies the ticker list. */
    public SectorPerformance {
        tickers = List.copyOf(tickers);
        Objects.requireNonNull(winRate, "winRate");
        Objects.requireNonNull(totalReturn, "totalReturn");
        if (decisiveTrades != wins + losses) {
            throw new IllegalArgumentException("decisiveTrades must equal wins + losses, was " + decisiveTrades);
        }
    }
}
