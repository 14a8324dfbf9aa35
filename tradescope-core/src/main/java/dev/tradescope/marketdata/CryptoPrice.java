package dev.tradescope.marketdata;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Holds the spot price of a crypto asset.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param coinId            the coin id
 * @param vsCurrency        the quote currency
 * @param price             the spot price
 * @param change24hPercent  the 24 h change in percent, if given
 * @param lastUpdated       when the source last updated the price
 */
public record CryptoPrice(String coinId, String vsCurrency, double price, OptionalDouble change24hPercent,
                          Instant lastUpdated) {

    /** Validates the price and the presence of the fields. */
    public CryptoPrice {
        Objects.requireNonNull(coinId, "coinId");
        Objects.requireNonNull(vsCurrency, "vsCurrency");
        Objects.requireNonNull(change24hPercent, "change24hPercent");
        Objects.requireNonNull(lastUpdated, "lastUpdated");
        if (!Double.isFinite(price) || price <= 0) {
            throw new IllegalArgumentException(coinId + ": price must be finite and positive, was " + price);
        }
    }
}
