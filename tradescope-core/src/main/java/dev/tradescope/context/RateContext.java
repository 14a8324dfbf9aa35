package dev.tradescope.context;

import dev.tradescope.marketdata.EconomicSeries;
import dev.tradescope.marketdata.MarketData;
import dev.tradescope.marketdata.Observation;
import dev.tradescope.marketdata.Provenance;
import dev.tradescope.support.Failure;
import dev.tradescope.support.Result;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Holds one interest-rate series (in percent) around the trading window: its latest observation on or
 * before the as-of date, its observation on or before the window start, and the change from the latter
 * to the former in percentage points. Observations are taken as published, however old: their dates
 * say how old they are (a monthly series such as FEDFUNDS is dated the first of its month).
 *
 * <p>Without a latest observation the series counts as missing for the confidence.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param seriesId      the series id, for example {@code FEDFUNDS}
 * @param latest        the last observation on or before the as-of date
 * @param atWindowStart the last observation on or before the window start
 * @param changePoints  {@code latest - atWindowStart}, in percentage points
 * @param provenance    where the series came from; empty without a series
 * @param unavailable   the values that could not be computed, each with its reason
 */
public record RateContext(String seriesId, Optional<Observation> latest, Optional<Observation> atWindowStart,
                          OptionalDouble changePoints, Optional<Provenance> provenance, List<MissingItem> unavailable) {

    /** Validates that every component is present and copies the list. */
    public RateContext {
        Objects.requireNonNull(seriesId, "seriesId");
        Objects.requireNonNull(latest, "latest");
        Objects.requireNonNull(atWindowStart, "atWindowStart");
        Objects.requireNonNull(changePoints, "changePoints");
        Objects.requireNonNull(provenance, "provenance");
        unavailable = List.copyOf(unavailable);
    }

    /** Reads the series from the answer of the provider chain; a failed answer gives no values. */
    public static RateContext from(String seriesId, Result<MarketData<EconomicSeries>> series, TradingWindow window) {
        return series.findValue().map(data -> of(data, window)).orElseGet(() -> unavailable(seriesId,
                series.findFailure().map(Failure::describe).orElse("no series")));
    }

    /** Reads the series, requested from {@link TradingWindow#economicSeriesFrom()} to at least the as-of date. */
    public static RateContext of(MarketData<EconomicSeries> series, TradingWindow window) {
        EconomicSeries values = series.value();
        List<MissingItem> gaps = new ArrayList<>();
        Optional<Observation> latest = values.findOnOrBefore(window.asOf());
        Optional<Observation> atStart = values.findOnOrBefore(window.start());
        if (latest.isEmpty()) {
            gaps.add(new MissingItem("latest", "no observation on or before " + window.asOf()));
        }
        if (atStart.isEmpty()) {
            gaps.add(new MissingItem("at_window_start", "no observation on or before " + window.start()));
        }
        OptionalDouble change = latest.isPresent() && atStart.isPresent()
                ? OptionalDouble.of(difference(latest.get().value(), atStart.get().value())) : OptionalDouble.empty();
        return new RateContext(values.seriesId(), latest, atStart, change, Optional.of(series.provenance()), gaps);
    }

    /** Builds the context of a series that could not be obtained. */
    public static RateContext unavailable(String seriesId, String reason) {
        return new RateContext(seriesId, Optional.empty(), Optional.empty(), OptionalDouble.empty(), Optional.empty(),
                List.of(new MissingItem("series", reason)));
    }

    // The difference of two published values without binary noise (4.33 - 4.48 is -0.15).
    private static double difference(double later, double earlier) {
        return BigDecimal.valueOf(later).subtract(BigDecimal.valueOf(earlier)).doubleValue();
    }

    // The missing item this series adds to the market context, if it has no latest observation.
    Optional<MissingItem> findMissing() {
        return latest.isPresent() ? Optional.empty() : Optional.of(new MissingItem("rate " + seriesId,
                unavailable.isEmpty() ? "no latest observation" : unavailable.get(0).reason()));
    }
}
