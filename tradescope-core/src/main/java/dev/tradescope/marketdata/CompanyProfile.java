package dev.tradescope.marketdata;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Holds what a provider says about a company.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param symbol    the ticker
 * @param name      the company name
 * @param sector    the sector (GICS name where the provider uses GICS), if known
 * @param industry  the industry, if known
 * @param marketCap the market capitalisation in the listing currency, if known
 * @param exchange  the exchange, if known
 */
public record CompanyProfile(String symbol, String name, Optional<String> sector, Optional<String> industry,
                             OptionalDouble marketCap, Optional<String> exchange) {

    /** Validates that every component is present (optional ones may be empty). */
    public CompanyProfile {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(industry, "industry");
        Objects.requireNonNull(marketCap, "marketCap");
        Objects.requireNonNull(exchange, "exchange");
    }
}
