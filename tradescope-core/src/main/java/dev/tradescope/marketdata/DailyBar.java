package dev.tradescope.marketdata;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Holds one trading day's open, high, low, close, adjusted close and volume.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date          the market date
 * @param open          the opening price
 * @param high          the high
 * @param low           the low
 * @param close         the close
 * @param adjustedClose the close adjusted for splits and dividends; equal to {@code close} where the
 *                      source has no adjustment (see {@link PriceSeries#adjusted()})
 * @param volume        shares traded, 0 when unknown
 */
public record DailyBar(LocalDate date, double open, double high, double low, double close,
                       double adjustedClose, long volume) {

    /** Validates that the date is present and the prices are finite and positive. */
    public DailyBar {
        Objects.requireNonNull(date, "date");
        for (double price : new double[] {open, high, low, close, adjustedClose}) {
            if (!Double.isFinite(price) || price <= 0) {
                throw new IllegalArgumentException("bar " + date + ": price must be finite and positive, was " + price);
            }
        }
        if (volume < 0) {
            throw new IllegalArgumentException("bar " + date + ": volume must not be negative, was " + volume);
        }
    }
}
