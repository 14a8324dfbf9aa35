package dev.tradescope.marketdata;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Holds one observation of an economic series.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date  the observation date
 * @param value the observed value (finite)
 */
public record Observation(LocalDate date, double value) {

    /** Validates the date and that the value is finite. */
    public Observation {
        Objects.requireNonNull(date, "date");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("observation " + date + ": value must be finite, was " + value);
        }
    }
}
