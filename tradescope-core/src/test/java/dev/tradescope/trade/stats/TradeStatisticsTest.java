package dev.tradescope.trade.stats;

import static dev.tradescope.testing.Trades.closed;
import static dev.tradescope.testing.Trades.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TradeStatisticsTest {
    private static final LocalDate D = LocalDate.of(2025, 1, 2);
    private static final LocalDate AS_OF = LocalDate.of(2025, 3, 1);

    private StatisticsSnapshot fixture() {
        TradeStatistics stats = new TradeStatistics(AS_OF);
        stats.accept(closed("AAA", "SMA", "10", "0.10", D, 10, 0.20, 0.05));
        stats.accept(closed("AAA", "SMA", "-5", "-0.05", D.plusDays(3), 5, 0.02, 0.10));
        stats.accept(closed("BBB", "EMA", "0.005", "0.0001", D.plusDays(5), 1, 0.01, 0.01));
        stats.accept(open("BBB", "EMA", LocalDate.of(2025, 2, 19), 0.03));
        stats.accept(closed("CCC", "SMA", "20", "0.20", D.plusDays(7), 30, 0.25, 0.02));
        return stats.snapshot();
    }

    @Test
    void snapshot_smallFixture_matchesHandComputedPortfolioMetrics() {
        PerformanceMetrics m = fixture().metrics();

        assertThat(m.closedTrades()).isEqualTo(4);
        assertThat(m.wins()).isEqualTo(2);
        assertThat(m.losses()).isEqualTo(1);
        assertThat(m.breakevens()).isEqualTo(1);
        assertThat(m.winRate()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(m.profitFactor().getAsDouble()).isEqualTo(6.0);
        assertThat(m.averageWinReturn().getAsDouble()).isCloseTo(0.15, within(1e-12));
        assertThat(m.averageLossReturn().getAsDouble()).isCloseTo(-0.05, within(1e-12));
        assertThat(m.totalPnl()).isEqualByComparingTo("25.005");
        assertThat(m.totalReturn()).isEqualByComparingTo("0.2501");
        assertThat(m.totalReturnPercentage()).isEqualByComparingTo("25.01");
        assertThat(m.expectancyReturn().getAsDouble()).isCloseTo(0.2501 / 4, within(1e-12));
        assertThat(m.expectancyPnl().getAsDouble()).isCloseTo(25.005 / 4, within(1e-12));
        assertThat(m.averageHoldingDays().getAsDouble()).isCloseTo(46.0 / 4, within(1e-12));
        assertThat(m.bestTrade().orElseThrow().ticker()).isEqualTo("CCC");
        assertThat(m.worstTrade().orElseThrow().returnValue()).isEqualByComparingTo("-0.05");
        assertThat(m.excursions().meanMfe().getAsDouble()).isCloseTo(0.48 / 4, within(1e-12));
        assertThat(m.excursions().meanMae().getAsDouble()).isCloseTo(0.18 / 4, within(1e-12));
        assertThat(m.excursions().mfeMaeRatio().getAsDouble()).isCloseTo(0.48 / 0.18, within(1e-12));
        assertThat(m.excursions().mfeCapture().getAsDouble())
                .isCloseTo((0.10 / 0.20 + -0.05 / 0.02 + 0.0001 / 0.01 + 0.20 / 0.25) / 4, within(1e-12));
    }

    @Test
    void snapshot_smallFixture_countsSummaryDistributionsAndPositions() {
        StatisticsSnapshot s = fixture();

        assertThat(s.summary().totalTrades()).isEqualTo(5);
        assertThat(s.summary().closedTrades()).isEqualTo(4);
        assertThat(s.summary().activeTrades()).isEqualTo(1);
        assertThat(s.summary().uniqueTickers()).isEqualTo(3);
        assertThat(s.summary().earliestEntry()).contains(D);
        assertThat(s.summary().latestEntry()).contains(LocalDate.of(2025, 2, 19));
        assertThat(s.summary().latestExit()).contains(D.plusDays(37));
        assertThat(s.strategyDistribution()).containsExactly(java.util.Map.entry("EMA", 2L), java.util.Map.entry("SMA", 3L));
        assertThat(s.qualityDistribution()).containsEntry("Good", 4L).containsEntry("Excellent", 1L);
        assertThat(s.activePositions()).singleElement().satisfies(p -> {
            assertThat(p.ticker()).isEqualTo("BBB");
            assertThat(p.daysHeld()).isEqualTo(10);
            assertThat(p.currentReturn().getAsDouble()).isEqualTo(0.03);
        });
    }

    @Test
    void snapshot_perTicker_usesSameDefinitionsOnSubsets() {
        StatisticsSnapshot s = fixture();

        TickerPerformance aaa = s.tickers().get("AAA");
        assertThat(aaa.totalTrades()).isEqualTo(2);
        assertThat(aaa.metrics().winRate()).isEqualTo(0.5);
        assertThat(aaa.metrics().profitFactor().getAsDouble()).isEqualTo(2.0);
        TickerPerformance bbb = s.tickers().get("BBB");
        assertThat(bbb.activeTrades()).isEqualTo(1);
        assertThat(bbb.metrics().decisiveTrades()).isZero();
        assertThat(bbb.metrics().winRate()).isZero();
        assertThat(bbb.metrics().profitFactor()).isEmpty();
        assertThat(s.strategies().get("SMA").metrics().totalPnl()).isEqualByComparingTo(new BigDecimal("25"));
    }

    @Test
    void outcome_withoutPnl_usesReturnBand() {
        assertThat(Outcome.of(closed("X", "S", null, "0.0002", D, 1, 0, 0))).contains(Outcome.WIN);
        assertThat(Outcome.of(closed("X", "S", null, "0.0001", D, 1, 0, 0))).contains(Outcome.BREAKEVEN);
        assertThat(Outcome.of(closed("X", "S", null, "-0.0002", D, 1, 0, 0))).contains(Outcome.LOSS);
        assertThat(Outcome.of(closed("X", "S", "0.01", "0.5", D, 1, 0, 0))).contains(Outcome.BREAKEVEN);
        assertThat(Outcome.of(closed("X", "S", null, null, D, 1, 0, 0))).isEmpty();
    }
}
