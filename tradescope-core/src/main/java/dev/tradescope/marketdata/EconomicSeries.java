package dev.tradescope.marketdata;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Holds the observations of one economic series, ascending by date. Missing observations (FRED's
 * {@code "."}) are left out, never turned into zero; {@code missingCount} says how many there were.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param seriesId     the series id
 * @param observations the observations, ascending by date
 * @param missingCount how many observations the source marked as missing
 */
public record EconomicSeries(String seriesId, List<Observation> observations, int missingCount) {

    /** Copies the observations and checks their order. */
    public EconomicSeries {
        Objects.requireNonNull(seriesId, "seriesId");
        observations = List.copyOf(observations);
        for (int i = 1; i < observations.size(); i++) {
            if (!observations.get(i).date().isAfter(observations.get(i - 1).date())) {
                throw new IllegalArgumentException(seriesId + ": observations not ascending at "
                        + observations.get(i).date());
            }
        }
        if (missingCount < 0) {
            throw new IllegalArgumentException("missingCount must not be negative, was " + missingCount);
        }
    }

    /** Finds the last observation on or before the given date. */
    public Optional<Observation> findOnOrBefore(LocalDate date) {
        Observation found = null;
        for (Observation o : observations) {
            if (o.date().isAfter(date)) {
                break;
            }
            found = o;
        }
        return Optional.ofNullable(found);
    }
}
