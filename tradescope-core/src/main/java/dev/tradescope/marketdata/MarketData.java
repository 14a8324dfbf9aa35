package dev.tradescope.marketdata;

import java.util.Objects;

/**
 * Holds a market data value together with its provenance.
 *
 * <p>This class is immutable and thread-safe when its value is.
 *
 * @param value      the data
 * @param provenance where it came from
 * @param <T>        the type of the data
 */
public record MarketData<T>(T value, Provenance provenance) {

    /** Validates that both components are present. */
    public MarketData {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(provenance, "provenance");
    }

    /** Returns a copy with another provenance. */
    public MarketData<T> withProvenance(Provenance other) {
        return new MarketData<>(value, other);
    }
}
