package dev.tradescope.marketdata;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Holds the profiles one batched call returned, by symbol; a symbol the provider does not know is absent.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param bySymbol the profiles by upper-case symbol
 */
public record CompanyProfiles(Map<String, CompanyProfile> bySymbol) {

    /** Copies the map, sorted by symbol. */
    public CompanyProfiles {
        bySymbol = java.util.Collections.unmodifiableMap(new TreeMap<>(bySymbol));
    }

    /** Finds the profile of a symbol. */
    public Optional<CompanyProfile> find(String symbol) {
        return Optional.ofNullable(bySymbol.get(symbol));
    }
}
