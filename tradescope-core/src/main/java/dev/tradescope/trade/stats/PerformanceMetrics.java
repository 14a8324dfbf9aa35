package dev.tradescope.trade.stats;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Holds the closed-trade metrics of a set of trades (the whole portfolio, one ticker or one
 * strategy), as defined in ARCHITECTURE.md. Undefined values are empty, never NaN or infinite.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param closedTrades       closed trades
 * @param wins               wins
 * @param losses             losses
 * @param breakevens         breakevens (excluded from the win rate)
 * @param winRate            wins / (wins + losses); 0.0 when there is no decisive trade
 * @param averageWinReturn   mean Return of wins
 * @param averageLossReturn  mean Return of losses
 * @param profitFactor       Σ PnL of wins / |Σ PnL of losses|; empty without losses
 * @param totalPnl           Σ PnL
 * @param totalReturn        Σ Return
 * @param expectancyReturn   mean Return per closed trade
 * @param expectancyPnl      mean PnL per closed trade
 * @param bestTrade          the closed trade with the highest Return
 * @param worstTrade         the closed trade with the lowest Return
 * @param averageHoldingDays mean Duration_Days of closed trades
 * @param excursions         mean MFE, mean MAE, their ratio and the MFE capture
 */
public record PerformanceMetrics(long closedTrades, long wins, long losses, long breakevens, double winRate,
                                 OptionalDouble averageWinReturn, OptionalDouble averageLossReturn,
                                 OptionalDouble profitFactor, BigDecimal totalPnl, BigDecimal totalReturn,
                                 OptionalDouble expectancyReturn, OptionalDouble expectancyPnl,
                                 Optional<TradeRef> bestTrade, Optional<TradeRef> worstTrade,
                                 OptionalDouble averageHoldingDays, ExcursionMetrics excursions) {

    /** Validates the counts and the presence of every component. */
    public PerformanceMetrics {
        Objects.requireNonNull(totalPnl, "totalPnl");
        Objects.requireNonNull(totalReturn, "totalReturn");
        Objects.requireNonNull(bestTrade, "bestTrade");
        Objects.requireNonNull(worstTrade, "worstTrade");
        Objects.requireNonNull(excursions, "excursions");
        if (wins + losses + breakevens > closedTrades) {
            throw new IllegalArgumentException("outcomes " + (wins + losses + breakevens) + " exceed closed trades "
                    + closedTrades);
        }
        if (!(winRate >= 0 && winRate <= 1)) {
            throw new IllegalArgumentException("win rate must be in [0, 1], was " + winRate);
        }
    }

    /** Returns wins + losses: the trades the win rate is computed over. */
    public long decisiveTrades() {
        return wins + losses;
    }

    /** Returns Σ Return × 100. */
    public BigDecimal totalReturnPercentage() {
        return totalReturn.movePointRight(2);
    }

    /**
     * Holds the excursion means of closed trades.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param meanMfe     mean Max_Favourable_Excursion
     * @param meanMae     mean Max_Adverse_Excursion
     * @param mfeMaeRatio mean MFE / mean MAE; empty when the mean MAE is zero
     * @param mfeCapture  mean of Return / MFE over trades with MFE above zero: how much of the best move was kept
     */
    public record ExcursionMetrics(OptionalDouble meanMfe, OptionalDouble meanMae, OptionalDouble mfeMaeRatio,
                                   OptionalDouble mfeCapture) {
        /** Validates that every component is present. */
        public ExcursionMetrics {
            Objects.requireNonNull(meanMfe, "meanMfe");
            Objects.requireNonNull(meanMae, "meanMae");
            Objects.requireNonNull(mfeMaeRatio, "mfeMaeRatio");
            Objects.requireNonNull(mfeCapture, "mfeCapture");
        }
    }
}
