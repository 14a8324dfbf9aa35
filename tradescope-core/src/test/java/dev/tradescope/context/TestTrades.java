package dev.tradescope.context;

import dev.tradescope.trade.Direction;
import dev.tradescope.trade.Trade;
import dev.tradescope.trade.TradeStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

/** Builds trades with just the fields the excess-return comparison reads. */
final class TestTrades {
    private static long line;

    private TestTrades() {
    }

    static Trade closed(String entry, String exit, String returnValue) {
        return trade(LocalDate.parse(entry), Optional.of(LocalDate.parse(exit)), TradeStatus.CLOSED,
                Optional.of(new BigDecimal(returnValue)));
    }

    static Trade trade(LocalDate entry, Optional<LocalDate> exit, TradeStatus status, Optional<BigDecimal> returnValue) {
        OptionalDouble none = OptionalDouble.empty();
        return new Trade(++line, "", "AAPL", "S", entry, exit, status, Direction.LONG,
                new Trade.Prices(none, none, none), Optional.empty(), returnValue, none, "Standard_Signal",
                new Trade.Excursions(none, none, none, none), none, none, "");
    }
}
