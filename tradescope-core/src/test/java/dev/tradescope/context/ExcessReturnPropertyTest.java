package dev.tradescope.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tradescope.marketdata.DailyBar;
import dev.tradescope.marketdata.PriceSeries;
import dev.tradescope.trade.Trade;
import dev.tradescope.trade.TradeStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

class ExcessReturnPropertyTest {
    private static final LocalDate ORIGIN = LocalDate.of(2025, 1, 1);

    record Step(int gapDays, double close) {
    }

    // kind 0 = open, 1 = closed without exit date, otherwise closed with exit; returnBasisPoints may be null.
    record Spec(int entryOffset, int holdDays, Integer returnBasisPoints, int kind) {
    }

    @Property(tries = 300)
    @StatisticsReport(onFailureOnly = true)
    void streamingAggregate_equalsNaiveRecomputation(@ForAll("steps") List<Step> steps,
                                                     @ForAll("specs") List<Spec> specs) {
        List<DailyBar> bars = bars(steps);
        List<Trade> trades = specs.stream().map(ExcessReturnPropertyTest::trade).toList();
        ExcessReturnAggregator aggregator = ExcessReturnAggregator.of("SPY", new PriceSeries("SPY", "USD", false, bars));

        trades.forEach(aggregator);
        ExcessReturns streamed = aggregator.snapshot();

        List<double[]> pairs = new ArrayList<>();
        long beat = 0;
        for (Trade trade : trades) {
            OptionalDouble benchmark = naiveBenchmarkReturn(bars, trade);
            if (benchmark.isPresent()) {
                double excess = trade.returnValue().orElseThrow().doubleValue() - benchmark.getAsDouble();
                pairs.add(new double[] {excess, benchmark.getAsDouble()});
                beat += trade.returnValue().get().compareTo(BigDecimal.valueOf(benchmark.getAsDouble())) > 0 ? 1 : 0;
            }
        }
        Statistics.collect(pairs.isEmpty() ? "none compared" : "some compared");
        Statistics.coverage(coverage -> coverage.check("some compared").percentage(p -> p > 30));
        assertThat(streamed.trades().compared()).isEqualTo(pairs.size());
        assertThat(streamed.trades().beatBenchmark()).isEqualTo(beat);
        assertThat(streamed.trades().compared() + streamed.trades().skipped()).isEqualTo(trades.size());
        if (pairs.isEmpty()) {
            assertThat(streamed.meanExcessReturn()).isEmpty();
            assertThat(streamed.reason()).isPresent();
            return;
        }
        double meanExcess = pairs.stream().mapToDouble(p -> p[0]).average().orElseThrow();
        double meanBenchmark = pairs.stream().mapToDouble(p -> p[1]).average().orElseThrow();
        assertThat(streamed.meanExcessReturn().getAsDouble()).isCloseTo(meanExcess, within(1e-9));
        assertThat(streamed.meanBenchmarkReturn().getAsDouble()).isCloseTo(meanBenchmark, within(1e-9));
        assertThat(streamed.shareBeatingBenchmark().getAsDouble()).isEqualTo((double) beat / pairs.size());
    }

    // The naive way: a linear scan for the last close on or before a date, at most 7 days earlier.
    private static OptionalDouble naiveBenchmarkReturn(List<DailyBar> bars, Trade trade) {
        if (!trade.isClosed() || trade.returnValue().isEmpty() || trade.exitDate().isEmpty()) {
            return OptionalDouble.empty();
        }
        OptionalDouble entry = naiveClose(bars, trade.entryDate());
        OptionalDouble exit = naiveClose(bars, trade.exitDate().get());
        return entry.isPresent() && exit.isPresent()
                ? OptionalDouble.of(exit.getAsDouble() / entry.getAsDouble() - 1) : OptionalDouble.empty();
    }

    private static OptionalDouble naiveClose(List<DailyBar> bars, LocalDate date) {
        DailyBar found = null;
        for (DailyBar bar : bars) {
            if (!bar.date().isAfter(date)) {
                found = bar;
            }
        }
        return found != null && !found.date().isBefore(date.minusDays(7))
                ? OptionalDouble.of(found.close()) : OptionalDouble.empty();
    }

    private static List<DailyBar> bars(List<Step> steps) {
        List<DailyBar> bars = new ArrayList<>();
        LocalDate date = ORIGIN;
        for (Step step : steps) {
            date = date.plusDays(step.gapDays());
            bars.add(new DailyBar(date, step.close(), step.close(), step.close(), step.close(), step.close(), 0));
        }
        return bars;
    }

    private static Trade trade(Spec spec) {
        LocalDate entry = ORIGIN.plusDays(spec.entryOffset());
        Optional<BigDecimal> returnValue = Optional.ofNullable(spec.returnBasisPoints()).map(bp -> BigDecimal.valueOf(bp, 4));
        if (spec.kind() == 0) {
            return TestTrades.trade(entry, Optional.empty(), TradeStatus.OPEN, Optional.empty());
        }
        Optional<LocalDate> exit = spec.kind() == 1 ? Optional.empty() : Optional.of(entry.plusDays(spec.holdDays()));
        return TestTrades.trade(entry, exit, TradeStatus.CLOSED, returnValue);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(Arbitraries.integers().between(1, 10),
                        Arbitraries.doubles().between(1, 500).ofScale(2))
                .as(Step::new).list().ofMaxSize(60);
    }

    @Provide
    Arbitrary<List<Spec>> specs() {
        return Combinators.combine(Arbitraries.integers().between(-10, 200), Arbitraries.integers().between(0, 60),
                        Arbitraries.integers().between(-5000, 5000).injectNull(0.1), Arbitraries.integers().between(0, 9))
                .as(Spec::new).list().ofMaxSize(50);
    }
}
