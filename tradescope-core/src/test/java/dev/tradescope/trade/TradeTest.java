package dev.tradescope.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class TradeTest {
    private static final LocalDate ENTRY = LocalDate.of(2025, 3, 3);

    @Test
    void constructor_givesBackEveryValue() {
        Trade.Prices prices = new Trade.Prices(OptionalDouble.of(10.5), OptionalDouble.of(11.25), OptionalDouble.empty());
        Trade.Excursions excursions = new Trade.Excursions(OptionalDouble.of(0.08), OptionalDouble.empty(),
                OptionalDouble.of(Double.POSITIVE_INFINITY), OptionalDouble.of(Double.NaN));

        Trade trade = new Trade(7, "id-7", "AAPL", "SMA", ENTRY, Optional.of(ENTRY.plusDays(9)), TradeStatus.CLOSED,
                Direction.SHORT, prices, Optional.of(new BigDecimal("-12.50")), Optional.empty(), OptionalDouble.of(9),
                "Trend_Follower", excursions, OptionalDouble.empty(), OptionalDouble.of(-0.01), "Good");

        assertThat(trade.prices()).isEqualTo(prices);
        assertThat(trade.excursions()).isEqualTo(excursions);
        assertThat(trade.pnl()).contains(new BigDecimal("-12.50"));
        assertThat(trade.getExactPnl().toBigDecimal()).isEqualTo(new BigDecimal("-12.50"));
        assertThat(trade.returnValue()).isEmpty();
        assertThat(trade.hasReturn()).isFalse();
        assertThat(trade.exitDate()).contains(ENTRY.plusDays(9));
        assertThat(trade.getExitDate()).isEqualTo(ENTRY.plusDays(9));
        assertThat(trade.durationDays()).hasValue(9);
        assertThat(trade.daysSinceEntry()).isEmpty();
        assertThat(trade.currentReturn()).hasValue(-0.01);
        assertThat(trade.direction()).isEqualTo(Direction.SHORT);
        assertThat(trade.toString()).contains("pnl=Optional[-12.50]", "ticker=AAPL", "line=7");
    }

    @Test
    void builder_leavesUnsetValuesAbsent() {
        Trade trade = new Trade.Builder().start(3).ticker("MSFT").strategy("EMA").entryDate(ENTRY)
                .status(TradeStatus.OPEN).tradeType("Standard_Signal").currentReturn(0.02).build();

        assertThat(trade.positionId()).isEmpty();
        assertThat(trade.tradeQuality()).isEmpty();
        assertThat(trade.direction()).isEqualTo(Direction.LONG);
        assertThat(trade.exitDate()).isEmpty();
        assertThat(trade.pnl()).isEmpty();
        assertThat(trade.entryPrice()).isEmpty();
        assertThat(trade.mfe()).isEmpty();
        assertThat(trade.currentReturn()).hasValue(0.02);
        assertThatThrownBy(trade::getExactPnl).isInstanceOf(NoSuchElementException.class).hasMessageContaining("line 3");
        assertThatThrownBy(trade::getExitDate).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> new Trade.Builder().start(4).ticker("X").build())
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void equalTrades_haveEqualHashes_andADifferentValueMakesThemDiffer() {
        Trade.Builder builder = new Trade.Builder();
        Trade a = builder.start(5).ticker("T").strategy("SMA").entryDate(ENTRY).status(TradeStatus.CLOSED)
                .tradeType("x").pnl(Decimal.parse("1.50")).mfe(0.1).build();
        Trade b = builder.start(5).ticker("T").strategy("SMA").entryDate(ENTRY).status(TradeStatus.CLOSED)
                .tradeType("x").pnl(Decimal.parse("1.50")).mfe(0.1).build();
        Trade c = builder.start(5).ticker("T").strategy("SMA").entryDate(ENTRY).status(TradeStatus.CLOSED)
                .tradeType("x").pnl(Decimal.parse("1.5")).mfe(0.1).build();

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(c);
    }
}
