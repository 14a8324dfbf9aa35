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
import java.util.OptionalDouble;

/**
 * Holds the volatility regime from the VIX: its close standing for the as-of date (the last close on or
 * before it, at most {@link TradingWindow#MAX_CLOSE_GAP_DAYS} earlier), the mean of its closes that lie
 * in the trading window, and the regime of the as-of close by these thresholds: below
 * {@value #NORMAL_FROM} {@code low}; from {@value #NORMAL_FROM} to below {@value #ELEVATED_FROM}
 * {@code normal}; from {@value #ELEVATED_FROM} to below {@value #STRESSED_FROM} {@code elevated}; from
 * {@value #STRESSED_FROM}
 * {@code stressed}. The VIX is read from its closes (an index has no adjustment).
 *
 * <p>Without a close for the as-of date there is no regime: {@code unavailable} says why and the VIX
 * counts as missing for the confidence.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param symbol      the volatility index symbol, normally {@value #VIX}
 * @param atAsOf      the close standing for the as-of date
 * @param regime      {@code low}, {@code normal}, {@code elevated} or {@code stressed}
 * @param windowMean  the mean of the closes in the trading window
 * @param provenance  where the history came from; empty without a history
 * @param unavailable the values that could not be computed, each with its reason
 */
public record VolatilityRegime(String symbol, Optional<PricePoint> atAsOf, Optional<String> regime,
                               OptionalDouble windowMean, Optional<Provenance> provenance, List<MissingItem> unavailable) {

    /** The CBOE volatility index symbol. */
    public static final String VIX = "^VIX";
    /** The lowest VIX level of the {@code normal} regime; below it the regime is {@code low}. */
    public static final double NORMAL_FROM = 15;
    /** The lowest VIX level of the {@code elevated} regime. */
    public static final double ELEVATED_FROM = 20;
    /** The lowest VIX level of the {@code stressed} regime. */
    public static final double STRESSED_FROM = 30;

    /** Validates that every component is present, that the regime goes with the as-of close, and copies the list. */
    public VolatilityRegime {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(atAsOf, "atAsOf");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(windowMean, "windowMean");
        Objects.requireNonNull(provenance, "provenance");
        unavailable = List.copyOf(unavailable);
        if (regime.isPresent() != atAsOf.isPresent()) {
            throw new IllegalArgumentException("a regime goes with the close it was read from");
        }
    }

    /** Reads the regime from the answer of the provider chain for the VIX; a failed answer gives no values. */
    public static VolatilityRegime from(String symbol, Result<MarketData<PriceSeries>> history, TradingWindow window) {
        return history.findValue().map(data -> of(symbol, data, window)).orElseGet(() -> unavailable(symbol,
                history.findFailure().map(Failure::describe).orElse("no history")));
    }

    /** Reads the regime from the VIX history over (at least) the trading window up to the as-of date. */
    public static VolatilityRegime of(String symbol, MarketData<PriceSeries> history, TradingWindow window) {
        Closes closes = Closes.raw(history.value());
        List<MissingItem> gaps = new ArrayList<>();
        Optional<PricePoint> atAsOf = closes.findCloseFor(window.asOf());
        if (atAsOf.isEmpty()) {
            gaps.add(new MissingItem("regime", closes.describeNoCloseFor(window.asOf())));
        }
        OptionalDouble mean = windowMean(closes, window);
        if (mean.isEmpty()) {
            gaps.add(new MissingItem("window_mean", "no close between " + window.start() + " and " + window.end()));
        }
        return new VolatilityRegime(symbol, atAsOf, atAsOf.map(point -> classify(point.price())), mean,
                Optional.of(history.provenance()), gaps);
    }

    /** Builds the context of a VIX whose history could not be obtained. */
    public static VolatilityRegime unavailable(String symbol, String reason) {
        return new VolatilityRegime(symbol, Optional.empty(), Optional.empty(), OptionalDouble.empty(),
                Optional.empty(), List.of(new MissingItem("history", reason)));
    }

    /** Returns the regime of a VIX level by the documented thresholds. */
    public static String classify(double level) {
        if (level < NORMAL_FROM) {
            return "low";
        }
        if (level < ELEVATED_FROM) {
            return "normal";
        }
        return level < STRESSED_FROM ? "elevated" : "stressed";
    }

    private static OptionalDouble windowMean(Closes closes, TradingWindow window) {
        int first = closes.indexOnOrAfter(window.start());
        int last = closes.indexOnOrBefore(window.end());
        double sum = 0;
        for (int i = first; i <= last; i++) {
            sum += closes.price(i);
        }
        return last >= first ? OptionalDouble.of(sum / (last - first + 1)) : OptionalDouble.empty();
    }

    // The missing item the VIX adds to the market context, if there is no regime.
    Optional<MissingItem> findMissing() {
        return regime.isPresent() ? Optional.empty() : Optional.of(new MissingItem("volatility " + symbol,
                unavailable.isEmpty() ? "no regime" : unavailable.get(0).reason()));
    }
}
