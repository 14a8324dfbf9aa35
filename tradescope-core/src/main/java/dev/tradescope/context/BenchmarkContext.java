package dev.tradescope.context;

import dev.tradescope.marketdata.MarketData;
import dev.tradescope.marketdata.PriceSeries;
import dev.tradescope.marketdata.Provenance;
import dev.tradescope.support.Failure;
import dev.tradescope.support.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Holds the market context of one benchmark symbol: how it did over the trading window and its
 * year-to-date return as of the as-of date, with the provenance of the history it was computed from.
 *
 * <p>Prices are the adjusted closes when the series is adjusted (a total return, dividends included),
 * else the closes; {@code priceBasis} says which ({@code adjusted_close} or {@code close}). A value that
 * cannot be computed is empty and {@code unavailable} says why; the benchmark counts as missing for the
 * confidence when its window return is empty (no history, fewer than 2 closes in the window, or a
 * history that does not reach the window's start or end within {@link TradingWindow#MAX_CLOSE_GAP_DAYS}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param symbol      the benchmark symbol
 * @param priceBasis  {@code adjusted_close} or {@code close}; empty without a history
 * @param window      the performance over the trading window
 * @param yearToDate  the year-to-date return as of the as-of date
 * @param provenance  where the history came from; empty without a history
 * @param unavailable the values that could not be computed, each with its reason
 */
public record BenchmarkContext(String symbol, Optional<String> priceBasis, WindowPerformance window,
                               YearToDate yearToDate, Optional<Provenance> provenance, List<MissingItem> unavailable) {

    /** Validates that every component is present and copies the list. */
    public BenchmarkContext {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(priceBasis, "priceBasis");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(yearToDate, "yearToDate");
        Objects.requireNonNull(provenance, "provenance");
        unavailable = List.copyOf(unavailable);
    }

    /**
     * Computes the context of a benchmark from the answer of the provider chain; a failed answer gives
     * a context without values whose reason is the failure.
     */
    public static BenchmarkContext from(String symbol, Result<MarketData<PriceSeries>> history, TradingWindow window) {
        return history.findValue().map(data -> of(symbol, data, window))
                .orElseGet(() -> unavailable(symbol, history.findFailure().map(Failure::describe).orElse("no history")));
    }

    /** Computes the context of a benchmark from its history over (at least) the trading window. */
    public static BenchmarkContext of(String symbol, MarketData<PriceSeries> history, TradingWindow window) {
        Closes closes = Closes.preferAdjusted(history.value());
        List<MissingItem> gaps = new ArrayList<>();
        WindowPerformance performance = WindowPerformance.measure(closes, window, gaps::add);
        YearToDate ytd = YearToDate.measure(closes, window.asOf(), gaps::add);
        return new BenchmarkContext(symbol, Optional.of(closes.basis()), performance, ytd,
                Optional.of(history.provenance()), gaps);
    }

    /** Builds the context of a benchmark whose history could not be obtained. */
    public static BenchmarkContext unavailable(String symbol, String reason) {
        return new BenchmarkContext(symbol, Optional.empty(), WindowPerformance.empty(0), YearToDate.empty(),
                Optional.empty(), List.of(new MissingItem("history", reason)));
    }

    // The missing item this benchmark adds to the market context, if its window return is empty.
    Optional<MissingItem> findMissing() {
        if (window.totalReturn().isPresent()) {
            return Optional.empty();
        }
        String reasons = unavailable.stream().map(MissingItem::reason).collect(Collectors.joining("; "));
        return Optional.of(new MissingItem("benchmark " + symbol, reasons.isEmpty() ? "no window return" : reasons));
    }
}
