package dev.tradescope.context;

import static dev.tradescope.context.Fixtures.closes;
import static dev.tradescope.context.Fixtures.d;
import static dev.tradescope.context.TestTrades.closed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tradescope.marketdata.PriceSeries;
import dev.tradescope.trade.TradeStatus;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExcessReturnAggregatorTest {
    // Jan 9 has no bar; Jan 11 and 12 are a weekend.
    private static final PriceSeries SPY = closes("SPY", "2025-01-06=100", "2025-01-07=110", "2025-01-08=99",
            "2025-01-10=120");

    @Test
    void snapshot_handComputed_meansAndShareBeatingBenchmark() {
        ExcessReturnAggregator aggregator = ExcessReturnAggregator.of("SPY", SPY);

        aggregator.accept(closed("2025-01-06", "2025-01-11", "0.25")); // SPY 100 -> 120 (Sat: Fri close) +0.20, excess +0.05
        aggregator.accept(closed("2025-01-07", "2025-01-08", "-0.05")); // SPY 110 -> 99 = -0.10, excess +0.05
        aggregator.accept(closed("2025-01-06", "2025-01-08", "-0.02")); // SPY 100 -> 99 = -0.01, excess -0.01
        ExcessReturns snapshot = aggregator.snapshot();

        assertThat(snapshot.benchmark()).isEqualTo("SPY");
        assertThat(snapshot.trades()).isEqualTo(new TradeCounts(3, 2, 0, 0, 0, 0));
        assertThat(snapshot.meanExcessReturn().getAsDouble()).isCloseTo(0.03, within(1e-12));
        assertThat(snapshot.meanBenchmarkReturn().getAsDouble()).isCloseTo(0.03, within(1e-12));
        assertThat(snapshot.shareBeatingBenchmark().getAsDouble()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(snapshot.reason()).isEmpty();
    }

    @Test
    void accept_holdingPeriodOverGap_usesCloseOnOrBeforeEachDate() {
        ExcessReturnAggregator aggregator = ExcessReturnAggregator.of("SPY", SPY);

        aggregator.accept(closed("2025-01-09", "2025-01-12", "0")); // Jan 8 close 99 -> Jan 10 close 120

        assertThat(aggregator.snapshot().meanBenchmarkReturn().getAsDouble()).isCloseTo(120.0 / 99 - 1, within(1e-12));
    }

    @Test
    void accept_excessExactlyZero_doesNotBeatBenchmark() {
        ExcessReturnAggregator aggregator = ExcessReturnAggregator.of("SPY", SPY);
        String sameAsSpy = BigDecimal.valueOf(110.0 / 100 - 1).toString();

        aggregator.accept(closed("2025-01-06", "2025-01-07", sameAsSpy));

        assertThat(aggregator.snapshot().trades().beatBenchmark()).isZero();
        assertThat(aggregator.snapshot().meanExcessReturn()).hasValue(0.0);
        assertThat(aggregator.snapshot().shareBeatingBenchmark()).hasValue(0.0);
    }

    @Test
    void accept_countsSkippedTradesByReason() {
        ExcessReturnAggregator aggregator = ExcessReturnAggregator.of("SPY", SPY);

        aggregator.accept(TestTrades.trade(d("2025-01-06"), Optional.empty(), TradeStatus.OPEN, Optional.empty()));
        aggregator.accept(TestTrades.trade(d("2025-01-06"), Optional.of(d("2025-01-08")), TradeStatus.CLOSED,
                Optional.empty()));
        aggregator.accept(TestTrades.trade(d("2025-01-06"), Optional.empty(), TradeStatus.CLOSED,
                Optional.of(BigDecimal.ONE)));
        aggregator.accept(closed("2025-01-01", "2025-01-08", "0.1")); // no close on or before the entry
        aggregator.accept(closed("2025-01-06", "2025-02-20", "0.1")); // last close 41 days before the exit
        aggregator.accept(closed("2025-01-06", "2025-01-07", "0.2"));

        assertThat(aggregator.snapshot().trades()).isEqualTo(new TradeCounts(1, 1, 1, 1, 1, 2));
        assertThat(aggregator.snapshot().trades().skipped()).isEqualTo(5);
    }

    @Test
    void snapshot_withoutComparedTrades_givesReasonAndEmptyMeans() {
        ExcessReturns snapshot = ExcessReturnAggregator.of("SPY", SPY).snapshot();

        assertThat(snapshot.meanExcessReturn()).isEmpty();
        assertThat(snapshot.shareBeatingBenchmark()).isEmpty();
        assertThat(snapshot.reason()).hasValueSatisfying(reason -> assertThat(reason).contains("no closed trade"));
    }

    @Test
    void from_failedAnswer_skipsEveryClosedTradeForWantOfBenchmark() {
        ExcessReturnAggregator aggregator = ExcessReturnAggregator.from("SPY", Fixtures.noData("history SPY"));

        aggregator.accept(closed("2025-01-06", "2025-01-07", "0.2"));

        ExcessReturns snapshot = aggregator.snapshot();
        assertThat(snapshot.trades()).isEqualTo(new TradeCounts(0, 0, 0, 0, 0, 1));
        assertThat(snapshot.reason()).contains("no benchmark history: local history SPY: no data (no file)");
    }

    @Test
    void from_okAnswer_comparesAgainstItsSeries() {
        ExcessReturnAggregator aggregator = ExcessReturnAggregator.from("SPY", Fixtures.ok(SPY));

        aggregator.accept(closed("2025-01-06", "2025-01-07", "0.2"));

        assertThat(aggregator.snapshot().meanExcessReturn().getAsDouble()).isCloseTo(0.1, within(1e-12));
    }
}
