package dev.tradescope.trade.stats;

import dev.tradescope.trade.Decimal;
import dev.tradescope.trade.Trade;
import java.util.Optional;

/**
 * Classifies a closed trade as a win, a loss or a breakeven: by PnL with a band of 0.01, or, when
 * PnL is empty, by Return with a band of 0.0001 (ARCHITECTURE.md, "Metric definitions").
 */
public enum Outcome {
    /** PnL above 0.01 (or Return above 0.0001). */
    WIN,
    /** PnL below −0.01 (or Return below −0.0001). */
    LOSS,
    /** Within the band. */
    BREAKEVEN;

    private static final Decimal PNL_BAND = Decimal.of(1, 2);
    private static final Decimal RETURN_BAND = Decimal.of(1, 4);
    private static final Decimal PNL_BAND_BELOW = Decimal.of(-1, 2);
    private static final Decimal RETURN_BAND_BELOW = Decimal.of(-1, 4);

    // The three answers made once: a trade-history pass asks for one per closed trade.
    private static final Optional<Outcome> A_WIN = Optional.of(WIN);
    private static final Optional<Outcome> A_LOSS = Optional.of(LOSS);
    private static final Optional<Outcome> A_BREAKEVEN = Optional.of(BREAKEVEN);

    /** Classifies a trade; empty when it has neither PnL nor Return. */
    public static Optional<Outcome> of(Trade trade) {
        if (trade.hasPnl()) {
            return classify(trade.getExactPnl(), PNL_BAND, PNL_BAND_BELOW);
        }
        if (trade.hasReturn()) {
            return classify(trade.getExactReturn(), RETURN_BAND, RETURN_BAND_BELOW);
        }
        return Optional.empty();
    }

    private static Optional<Outcome> classify(Decimal value, Decimal band, Decimal belowBand) {
        if (value.compareTo(band) > 0) {
            return A_WIN;
        }
        if (value.compareTo(belowBand) < 0) {
            return A_LOSS;
        }
        return A_BREAKEVEN;
    }
}
