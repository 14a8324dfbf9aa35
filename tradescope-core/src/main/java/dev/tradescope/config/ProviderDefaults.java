package dev.tradescope.config;

import dev.tradescope.marketdata.ProviderId;
import java.net.URI;
import java.util.Optional;
import java.util.OptionalLong;

/** Holds each provider's public endpoint and the limits its vendor publishes. */
final class ProviderDefaults {

    private ProviderDefaults() {
    }

    static ProviderSettings of(ProviderId id) {
        return new ProviderSettings(id, true, URI.create(baseUrl(id)), Optional.empty(), Optional.empty(),
                limits(id), ProviderSettings.DEFAULT_TIMEOUT);
    }

    static String baseUrl(ProviderId id) {
        return switch (id) {
            case YAHOO -> "https://query1.finance.yahoo.com";
            case ALPHAVANTAGE -> "https://www.alphavantage.co";
            case FMP -> "https://financialmodelingprep.com";
            case SECEDGAR -> "https://data.sec.gov";
            case FRED -> "https://api.stlouisfed.org";
            case COINGECKO -> "https://api.coingecko.com";
            case IMF -> "https://www.imf.org";
            case LOCAL -> "file:///";
        };
    }

    static RateLimits limits(ProviderId id) {
        RateLimits none = RateLimits.unlimited();
        return switch (id) {
            case YAHOO -> RateLimits.perMinute(20);
            case ALPHAVANTAGE -> RateLimits.perMinute(5).withPerDay(OptionalLong.of(25));
            case FMP -> none.withPerDay(OptionalLong.of(250));
            case SECEDGAR -> none.withPerSecond(OptionalLong.of(10));
            case FRED -> RateLimits.perMinute(120);
            case COINGECKO -> RateLimits.perMinute(30);
            case IMF -> RateLimits.perMinute(60);
            case LOCAL -> none;
        };
    }

    // Names the environment variable that holds a provider's key, if it has one.
    static Optional<String> keyVariable(ProviderId id) {
        return switch (id) {
            case ALPHAVANTAGE -> Optional.of("ALPHA_VANTAGE_API_KEY");
            case FMP -> Optional.of("FMP_API_KEY");
            case FRED -> Optional.of("FRED_API_KEY");
            case COINGECKO -> Optional.of("COINGECKO_API_KEY");
            default -> Optional.empty();
        };
    }
}
