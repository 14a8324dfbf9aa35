package dev.tradescope.context;

import dev.tradescope.marketdata.MarketData;
import dev.tradescope.marketdata.PriceSeries;
import dev.tradescope.support.Failure;
import dev.tradescope.support.Result;
import dev.tradescope.trade.Trade;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;

/**
 * Compares closed trades, fed one at a time, with a benchmark over their holding periods and keeps the
 * aggregate in constant memory (the benchmark closes plus a few counters and exact decimal sums). The
 * definitions are those of {@link ExcessReturns}; benchmark closes follow the gap rule of
 * {@link TradingWindow#MAX_CLOSE_GAP_DAYS}.
 *
 * <p>Instances are not thread-safe: feed one from a single thread, then call {@link #snapshot()}.
 */
public final class ExcessReturnAggregator implements Consumer<Trade> {
    private final String benchmark;
    private final Optional<Closes> closes;
    private final Optional<String> noHistoryReason;
    private long compared;
    private long beat;
    private long open;
    private long noReturn;
    private long noExitDate;
    private long noBenchmarkBar;
    private BigDecimal excessSum = BigDecimal.ZERO;
    private BigDecimal benchmarkSum = BigDecimal.ZERO;

    private ExcessReturnAggregator(String benchmark, Optional<Closes> closes, Optional<String> noHistoryReason) {
        this.benchmark = Objects.requireNonNull(benchmark, "benchmark");
        this.closes = closes;
        this.noHistoryReason = noHistoryReason;
    }

    /** Builds an aggregator against the given benchmark history (adjusted closes when the series is adjusted). */
    public static ExcessReturnAggregator of(String benchmark, PriceSeries history) {
        return new ExcessReturnAggregator(benchmark, Optional.of(Closes.preferAdjusted(history)), Optional.empty());
    }

    /**
     * Builds an aggregator from the answer of the provider chain; after a failed answer every closed
     * trade is skipped for want of benchmark closes and the snapshot gives the failure as its reason.
     */
    public static ExcessReturnAggregator from(String benchmark, Result<MarketData<PriceSeries>> history) {
        return history.findValue().map(data -> of(benchmark, data.value()))
                .orElseGet(() -> new ExcessReturnAggregator(benchmark, Optional.empty(), Optional.of(
                        "no benchmark history: " + history.findFailure().map(Failure::describe).orElse("no data"))));
    }

    /** Adds one trade: compares it when it is closed with a Return, an exit date and benchmark closes, else counts why not. */
    @Override
    public void accept(Trade trade) {
        if (!trade.isClosed()) {
            open++;
        } else if (trade.returnValue().isEmpty()) {
            noReturn++;
        } else if (trade.exitDate().isEmpty()) {
            noExitDate++;
        } else {
            OptionalDouble benchmarkReturn = findBenchmarkReturn(trade);
            if (benchmarkReturn.isPresent()) {
                add(trade.returnValue().get(), benchmarkReturn.getAsDouble());
            } else {
                noBenchmarkBar++;
            }
        }
    }

    // The benchmark's return from the close standing for the entry date to the one standing for the exit date.
    private OptionalDouble findBenchmarkReturn(Trade trade) {
        if (closes.isEmpty()) {
            return OptionalDouble.empty();
        }
        Optional<PricePoint> entry = closes.get().findCloseFor(trade.entryDate());
        Optional<PricePoint> exit = closes.get().findCloseFor(trade.exitDate().orElseThrow());
        return entry.isPresent() && exit.isPresent()
                ? OptionalDouble.of(exit.get().price() / entry.get().price() - 1) : OptionalDouble.empty();
    }

    private void add(BigDecimal tradeReturn, double benchmarkReturn) {
        BigDecimal benchmarkDecimal = BigDecimal.valueOf(benchmarkReturn);
        BigDecimal excess = tradeReturn.subtract(benchmarkDecimal);
        compared++;
        if (excess.signum() > 0) {
            beat++;
        }
        excessSum = excessSum.add(excess);
        benchmarkSum = benchmarkSum.add(benchmarkDecimal);
    }

    /** Returns the aggregate of the trades fed so far. */
    public ExcessReturns snapshot() {
        TradeCounts counts = new TradeCounts(compared, beat, open, noReturn, noExitDate, noBenchmarkBar);
        if (compared == 0) {
            return new ExcessReturns(benchmark, counts, OptionalDouble.empty(), OptionalDouble.empty(),
                    OptionalDouble.empty(), Optional.of(noHistoryReason.orElse(
                            "no closed trade with a Return, an exit date and benchmark closes for both dates")));
        }
        return new ExcessReturns(benchmark, counts, mean(excessSum), mean(benchmarkSum),
                OptionalDouble.of((double) beat / compared), Optional.empty());
    }

    private OptionalDouble mean(BigDecimal sum) {
        return OptionalDouble.of(sum.divide(BigDecimal.valueOf(compared), MathContext.DECIMAL64).doubleValue());
    }
}
