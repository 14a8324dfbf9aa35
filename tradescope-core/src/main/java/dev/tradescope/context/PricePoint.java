package dev.tradescope.context;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Holds one price of a series and the market date it belongs to.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date  the market date of the bar
 * @param price the price (finite and positive)
 */
public record PricePoint(LocalDate date, double price) {

    /** Validates that the date is present and the price finite and positive. */
    public PricePoint {
        Objects.requireNonNull(date, "date");
        if (!Double.isFinite(price) || price <= 0) {
            throw new IllegalArgumentException("price at " + date + " must be finite and positive, was " + price);
        }
    }
}
