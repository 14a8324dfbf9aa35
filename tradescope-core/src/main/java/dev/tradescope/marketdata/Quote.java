package dev.tradescope.marketdata;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Holds the latest price of a symbol.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param symbol        the symbol
 * @param price         the last price
 * @param previousClose the previous session's close, when the source gives it
 * @param currency      the currency, or {@code ""} when unknown
 * @param marketTime    when the price was set on the market
 */
public record Quote(String symbol, double price, OptionalDouble previousClose, String currency, Instant marketTime) {

    /** Validates the price and the presence of the fields. */
    public Quote {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(previousClose, "previousClose");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(marketTime, "marketTime");
        if (!Double.isFinite(price) || price <= 0) {
            throw new IllegalArgumentException(symbol + ": price must be finite and positive, was " + price);
        }
    }
}
