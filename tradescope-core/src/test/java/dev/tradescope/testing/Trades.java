package dev.tradescope.testing;

import dev.tradescope.trade.Direction;
import dev.tradescope.trade.Trade;
import dev.tradescope.trade.TradeStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

/** Builds {@link Trade} values for tests. */
public final class Trades {
    private static long line = 1;

    private Trades() {
    }

    /** Returns a closed trade with the given PnL and Return (either may be null for "absent"). */
    public static Trade closed(String ticker, String strategy, String pnl, String ret, LocalDate entry, int days,
                               double mfe, double mae) {
        return new Trade(++line, ticker + "-" + line, ticker, strategy, entry, Optional.of(entry.plusDays(days)),
                TradeStatus.CLOSED, Direction.LONG, noPrices(), decimal(pnl), decimal(ret), OptionalDouble.of(days),
                "Standard_Signal", new Trade.Excursions(OptionalDouble.of(mfe), OptionalDouble.of(mae),
                OptionalDouble.empty(), OptionalDouble.empty()), OptionalDouble.empty(), OptionalDouble.empty(), "Good");
    }

    /** Returns an open trade with an unrealised return snapshot. */
    public static Trade open(String ticker, String strategy, LocalDate entry, double currentReturn) {
        return new Trade(++line, ticker + "-" + line, ticker, strategy, entry, Optional.empty(), TradeStatus.OPEN,
                Direction.LONG, noPrices(), Optional.empty(), Optional.empty(), OptionalDouble.empty(),
                "Standard_Signal", new Trade.Excursions(OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty()), OptionalDouble.empty(),
                OptionalDouble.of(currentReturn), "Excellent");
    }

    private static Trade.Prices noPrices() {
        return new Trade.Prices(OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
    }

    private static Optional<BigDecimal> decimal(String text) {
        return text == null ? Optional.empty() : Optional.of(new BigDecimal(text));
    }
}
