package dev.tradescope.testing;

import dev.tradescope.http.HttpFetcher;
import dev.tradescope.http.ProviderClient;
import dev.tradescope.http.Redactor;
import dev.tradescope.marketdata.ProviderId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Holds distinctive fake API keys (searched for in every output by the redaction test) and builds clients. */
public final class TestKeys {
    /** Alpha Vantage test key. */
    public static final String ALPHAVANTAGE = "AVKEY-zq81-SECRET";
    /** FMP test key. */
    public static final String FMP = "FMPKEY-xy42-SECRET";
    /** FRED test key. */
    public static final String FRED = "FREDKEY-wv77-SECRET";
    /** CoinGecko demo test key. */
    public static final String COINGECKO = "CGKEY-ut19-SECRET";
    /** SEC User-Agent used in tests (not a secret). */
    public static final String SEC_AGENT = "tradescope-tests test@example.com";
    /** Every secret test key. */
    public static final List<String> ALL = List.of(ALPHAVANTAGE, FMP, FRED, COINGECKO);
    /** The fixed time of tests. */
    public static final Instant NOW = Instant.parse("2025-07-21T12:00:00Z");

    private static final HttpFetcher FETCHER = HttpFetcher.create(Duration.ofSeconds(2), "tradescope-tests",
            Redactor.of(ALL));

    private TestKeys() {
    }

    /** Returns the environment with every test key set. */
    public static Map<String, String> environment() {
        return Map.of("ALPHA_VANTAGE_API_KEY", ALPHAVANTAGE, "FMP_API_KEY", FMP, "FRED_API_KEY", FRED,
                "COINGECKO_API_KEY", COINGECKO, "SEC_EDGAR_USER_AGENT", SEC_AGENT);
    }

    /** Returns the fixed clock of tests. */
    public static Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    /** Returns the shared fetcher of tests, which redacts every test key. */
    public static HttpFetcher fetcher() {
        return FETCHER;
    }

    /** Builds a client of a provider with the given request timeout. */
    public static ProviderClient client(ProviderId provider, Duration timeout) {
        return new ProviderClient(provider, FETCHER, clock(), timeout);
    }
}
