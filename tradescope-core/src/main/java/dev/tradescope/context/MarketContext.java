package dev.tradescope.context;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Gathers the market context of a discovery: the benchmarks over the trading window, the closed trades
 * against the primary benchmark, the open positions marked to market, the volatility regime and the
 * rates, with the list of what could not be obtained.
 *
 * <p><b>Confidence rule.</b> Each missing item lowers the discovery's confidence by
 * {@value #PENALTY_PER_MISSING_ITEM}, and the total by at most {@value #MAX_PENALTY}. An item is missing
 * when: a benchmark has no window return; the VIX has no regime; a rate series has no latest
 * observation; an open position has no unrealised return. {@link #missing()} lists exactly these
 * (items the caller adds, such as timed-out fetches, count the same way).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param window        the trading window and the as-of date
 * @param benchmarks    one context per benchmark symbol, the primary benchmark first
 * @param excessReturns the closed trades against the primary benchmark
 * @param openPositions the open positions marked to market
 * @param volatility    the volatility regime
 * @param rates         the rates
 * @param missing       what could not be obtained, each with its reason
 */
public record MarketContext(TradingWindow window, List<BenchmarkContext> benchmarks, ExcessReturns excessReturns,
                            List<MarkToMarket> openPositions, VolatilityRegime volatility, RatesContext rates,
                            List<MissingItem> missing) {

    /** The confidence lost per missing item. */
    public static final double PENALTY_PER_MISSING_ITEM = 0.02;
    /** The most confidence the market context can cost. */
    public static final double MAX_PENALTY = 0.10;

    /** Validates that every component is present, that {@code missing} holds every missing part, and copies the lists. */
    public MarketContext {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(excessReturns, "excessReturns");
        Objects.requireNonNull(volatility, "volatility");
        Objects.requireNonNull(rates, "rates");
        benchmarks = List.copyOf(benchmarks);
        openPositions = List.copyOf(openPositions);
        missing = List.copyOf(missing);
        List<MissingItem> derived = missingParts(benchmarks, openPositions, volatility, rates);
        // A set: a large export can have thousands of open positions, each a possible missing item.
        if (!new HashSet<>(missing).containsAll(derived)) {
            throw new IllegalArgumentException("missing must list every missing part: " + derived);
        }
    }

    /** Gathers the parts and lists the missing ones by the confidence rule. */
    public static MarketContext of(TradingWindow window, List<BenchmarkContext> benchmarks, ExcessReturns excessReturns,
                                   List<MarkToMarket> openPositions, VolatilityRegime volatility, RatesContext rates) {
        return new MarketContext(window, benchmarks, excessReturns, openPositions, volatility, rates,
                missingParts(benchmarks, openPositions, volatility, rates));
    }

    /** Returns a copy with one more missing item, for example a fetch that timed out. */
    public MarketContext withMissing(MissingItem item) {
        List<MissingItem> more = new ArrayList<>(missing);
        more.add(item);
        return new MarketContext(window, benchmarks, excessReturns, openPositions, volatility, rates, more);
    }

    /** Returns the confidence lost: {@value #PENALTY_PER_MISSING_ITEM} per missing item, at most {@value #MAX_PENALTY}. */
    public double confidencePenalty() {
        BigDecimal penalty = BigDecimal.valueOf(PENALTY_PER_MISSING_ITEM).multiply(BigDecimal.valueOf(missing.size()));
        return penalty.min(BigDecimal.valueOf(MAX_PENALTY)).doubleValue();
    }

    private static List<MissingItem> missingParts(List<BenchmarkContext> benchmarks, List<MarkToMarket> openPositions,
                                                  VolatilityRegime volatility, RatesContext rates) {
        List<MissingItem> items = new ArrayList<>();
        benchmarks.forEach(benchmark -> benchmark.findMissing().ifPresent(items::add));
        volatility.findMissing().ifPresent(items::add);
        rates.series().forEach(rate -> rate.findMissing().ifPresent(items::add));
        openPositions.forEach(position -> position.findMissing().ifPresent(items::add));
        return items;
    }
}
