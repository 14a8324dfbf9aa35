package dev.tradescope.marketdata;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Holds the yearly values of an IMF indicator for one country.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param indicator the indicator code
 * @param country   the country code
 * @param byYear    the values by year, ascending
 */
public record ImfIndicator(String indicator, String country, SortedMap<Integer, Double> byYear) {

    /** Copies the values and checks that they are finite. */
    public ImfIndicator {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(country, "country");
        byYear = Collections.unmodifiableSortedMap(new TreeMap<>(byYear));
        byYear.forEach((year, value) -> {
            if (value == null || !Double.isFinite(value)) {
                throw new IllegalArgumentException(indicator + " " + country + " " + year + ": value must be finite");
            }
        });
    }
}
