package dev.tradescope.trade.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tradescope.testing.Trades;
import dev.tradescope.trade.Trade;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class TradeStatisticsPropertyTest {
    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    @Property(tries = 200)
    void streamingAggregates_equalNaiveRecomputation(@ForAll("trades") @Size(max = 200) List<Trade> trades) {
        TradeStatistics stats = new TradeStatistics(AS_OF);
        trades.forEach(stats);
        StatisticsSnapshot s = stats.snapshot();

        List<Trade> closed = trades.stream().filter(Trade::isClosed).collect(Collectors.toList());
        assertThat(s.summary().totalTrades()).isEqualTo(trades.size());
        assertThat(s.summary().closedTrades()).isEqualTo(closed.size());
        assertThat(s.summary().uniqueTickers()).isEqualTo(trades.stream().map(Trade::ticker).distinct().count());
        assertThat(s.activePositions()).hasSize(trades.size() - closed.size());
        checkMetrics(s.metrics(), closed);
        s.tickers().forEach((ticker, perf) -> {
            List<Trade> mine = trades.stream().filter(t -> t.ticker().equals(ticker)).collect(Collectors.toList());
            assertThat(perf.totalTrades()).isEqualTo(mine.size());
            checkMetrics(perf.metrics(), mine.stream().filter(Trade::isClosed).collect(Collectors.toList()));
        });
    }

    @Property(tries = 200)
    void partsJoinedInFileOrder_equalOneStream(@ForAll("trades") @Size(max = 120) List<Trade> trades,
                                               @ForAll @IntRange(max = 120) int cut) {
        int k = Math.min(cut, trades.size());
        TradeStatistics whole = new TradeStatistics(AS_OF);
        trades.forEach(whole);
        TradeStatistics first = new TradeStatistics(AS_OF);
        trades.subList(0, k).forEach(first);
        TradeStatistics second = new TradeStatistics(AS_OF);
        trades.subList(k, trades.size()).forEach(second);

        first.addAll(second);

        // Compensated sums added in another order may differ in their last bits; everything else is exact.
        assertThat(first.snapshot()).usingRecursiveComparison()
                .withComparatorForType(TradeStatisticsPropertyTest::closeEnough, OptionalDouble.class)
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(whole.snapshot());
    }

    @Property(tries = 200)
    void partNumberedFromItsStart_joinedWithTheLinesBeforeIt_equalsOneStream(
            @ForAll("trades") @Size(max = 120) List<Trade> trades, @ForAll @IntRange(max = 120) int cut) {
        // line numbers in file order, as a reader gives them: the header is line 1
        List<Trade> numbered = new ArrayList<>();
        for (int i = 0; i < trades.size(); i++) {
            numbered.add(atLine(trades.get(i), i + 2));
        }
        int k = Math.min(cut, numbered.size());
        long linesBefore = k + 1;
        TradeStatistics whole = new TradeStatistics(AS_OF);
        numbered.forEach(whole);
        TradeStatistics first = new TradeStatistics(AS_OF);
        numbered.subList(0, k).forEach(first);
        TradeStatistics second = new TradeStatistics(AS_OF);
        numbered.subList(k, numbered.size()).forEach(t -> second.accept(atLine(t, t.line() - linesBefore)));

        first.addAll(second, linesBefore);

        assertThat(first.snapshot()).usingRecursiveComparison()
                .withComparatorForType(TradeStatisticsPropertyTest::closeEnough, OptionalDouble.class)
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(whole.snapshot());
    }

    private static Trade atLine(Trade t, long line) {
        return new Trade(line, t.positionId(), t.ticker(), t.strategy(), t.entryDate(), t.exitDate(), t.status(),
                t.direction(), t.prices(), t.pnl(), t.returnValue(), t.durationDays(), t.tradeType(), t.excursions(),
                t.daysSinceEntry(), t.currentReturn(), t.tradeQuality());
    }

    private static int closeEnough(OptionalDouble a, OptionalDouble b) {
        if (a.isPresent() != b.isPresent()) {
            return 1;
        }
        return a.isEmpty() || Math.abs(a.getAsDouble() - b.getAsDouble())
                <= 1e-12 * Math.max(1, Math.abs(b.getAsDouble())) ? 0 : 1;
    }

    private static void checkMetrics(PerformanceMetrics m, List<Trade> closed) {
        long wins = closed.stream().filter(t -> Outcome.of(t).orElse(null) == Outcome.WIN).count();
        long losses = closed.stream().filter(t -> Outcome.of(t).orElse(null) == Outcome.LOSS).count();
        BigDecimal winPnl = sumPnl(closed, Outcome.WIN);
        BigDecimal lossPnl = sumPnl(closed, Outcome.LOSS);
        BigDecimal totalPnl = closed.stream().map(t -> t.pnl().orElse(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal totalReturn = closed.stream().map(t -> t.returnValue().orElse(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);

        assertThat(m.closedTrades()).isEqualTo(closed.size());
        assertThat(m.wins()).isEqualTo(wins);
        assertThat(m.losses()).isEqualTo(losses);
        assertThat(m.winRate()).isEqualTo(wins + losses == 0 ? 0.0 : (double) wins / (wins + losses));
        assertThat(m.totalPnl()).isEqualByComparingTo(totalPnl);
        assertThat(m.totalReturn()).isEqualByComparingTo(totalReturn);
        if (lossPnl.signum() == 0) {
            assertThat(m.profitFactor()).isEmpty();
        } else {
            assertThat(m.profitFactor().getAsDouble()).isCloseTo(winPnl.doubleValue() / lossPnl.abs().doubleValue(),
                    within(1e-9));
        }
        // the best and worst trades: the highest and lowest return, the first in the file on a tie
        List<Trade> withReturn = closed.stream().filter(t -> t.returnValue().isPresent()).collect(Collectors.toList());
        Comparator<Trade> byReturn = Comparator.comparing(t -> t.returnValue().orElseThrow());
        Optional<Trade> best = withReturn.stream().filter(t -> withReturn.stream()
                .noneMatch(u -> byReturn.compare(u, t) > 0)).findFirst();
        Optional<Trade> worst = withReturn.stream().filter(t -> withReturn.stream()
                .noneMatch(u -> byReturn.compare(u, t) < 0)).findFirst();
        assertThat(m.bestTrade().map(TradeRef::line)).isEqualTo(best.map(Trade::line));
        assertThat(m.worstTrade().map(TradeRef::line)).isEqualTo(worst.map(Trade::line));
        double mfeMean = closed.stream().mapToDouble(t -> t.excursions().mfe().getAsDouble()).average().orElse(Double.NaN);
        if (closed.isEmpty()) {
            assertThat(m.excursions().meanMfe()).isEmpty();
        } else {
            assertThat(m.excursions().meanMfe().getAsDouble()).isCloseTo(mfeMean, within(1e-9));
        }
    }

    private static BigDecimal sumPnl(List<Trade> closed, Outcome outcome) {
        return closed.stream().filter(t -> Outcome.of(t).orElse(null) == outcome)
                .map(t -> t.pnl().orElse(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Provide
    Arbitrary<List<Trade>> trades() {
        Arbitrary<String> ticker = Arbitraries.of("AAA", "BBB", "CCC", "DDD");
        Arbitrary<String> strategy = Arbitraries.of("SMA", "EMA");
        Arbitrary<BigDecimal> pnl = Arbitraries.bigDecimals().between(new BigDecimal("-500"), new BigDecimal("500"))
                .ofScale(2).injectDuplicates(0.1).edgeCases(c -> c.add(BigDecimal.ZERO));
        Arbitrary<Integer> day = Arbitraries.integers().between(0, 500);
        Arbitrary<Double> excursion = Arbitraries.doubles().between(0, 0.5).ofScale(4);
        Arbitrary<Boolean> isOpen = Arbitraries.of(true, false, false, false);
        Arbitrary<Trade> trade = Combinators.combine(ticker, strategy, pnl, day, excursion, isOpen).as(
                (t, s, p, d, e, o) -> o ? Trades.open(t, s, START.plusDays(d), e)
                        : Trades.closed(t, s, p.toPlainString(), p.movePointLeft(3).toPlainString(), START.plusDays(d),
                        d % 40, e, e / 2));
        return trade.list();
    }
}
