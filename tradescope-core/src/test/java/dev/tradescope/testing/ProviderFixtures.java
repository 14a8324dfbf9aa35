package dev.tradescope.testing;

import dev.tradescope.http.AttemptingSource;
import dev.tradescope.marketdata.CompanyProfileRequest;
import dev.tradescope.marketdata.CryptoPriceRequest;
import dev.tradescope.marketdata.EconomicSeriesRequest;
import dev.tradescope.marketdata.ImfIndicatorRequest;
import dev.tradescope.marketdata.MarketDataRequest;
import dev.tradescope.marketdata.PriceHistoryRequest;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.marketdata.QuoteRequest;
import dev.tradescope.marketdata.alphavantage.AlphaVantageSource;
import dev.tradescope.marketdata.coingecko.CoinGeckoSource;
import dev.tradescope.marketdata.fmp.FmpSource;
import dev.tradescope.marketdata.fred.FredSource;
import dev.tradescope.marketdata.imf.ImfSource;
import dev.tradescope.marketdata.secedgar.SecEdgarSource;
import dev.tradescope.marketdata.yahoo.YahooSource;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Describes, for every HTTP provider, a request, the URL path it calls, and the reference body of
 * its good answer, so that contract and fault tests run the same cases against each provider.
 *
 * @param provider the provider
 * @param request  a request it answers
 * @param path     the URL path (regex) the request calls last
 * @param okBody   the reference body of a good answer to it
 */
public record ProviderFixtures(ProviderId provider, MarketDataRequest<?> request, String path, String okBody) {

    /** Returns the cases of every HTTP provider. */
    public static List<ProviderFixtures> all() {
        LocalDate from = LocalDate.of(2020, 8, 31);
        return List.of(
                new ProviderFixtures(ProviderId.YAHOO, new PriceHistoryRequest("AAPL", from, LocalDate.of(2020, 9, 2)),
                        "/v8/finance/chart/AAPL.*", ReferenceFiles.apiFormat("yahoo_chart.json")),
                new ProviderFixtures(ProviderId.ALPHAVANTAGE, new QuoteRequest("MSFT"), "/query.*",
                        ReferenceFiles.apiFormat("alphavantage_global_quote.json")),
                new ProviderFixtures(ProviderId.FMP, new CompanyProfileRequest("AAPL"), "/stable/profile.*",
                        ReferenceFiles.apiFormat("fmp_profile_stable.json")),
                new ProviderFixtures(ProviderId.SECEDGAR, new CompanyProfileRequest("AAPL"),
                        "/submissions/CIK0000320193.json", SEC_SUBMISSIONS),
                new ProviderFixtures(ProviderId.FRED, new EconomicSeriesRequest("DGS10", LocalDate.of(2024, 1, 10),
                        LocalDate.of(2024, 1, 17)), "/fred/series/observations.*",
                        ReferenceFiles.apiFormat("fred_series_observations_dgs10.json")),
                new ProviderFixtures(ProviderId.COINGECKO, new CryptoPriceRequest("bitcoin", "usd"),
                        "/api/v3/simple/price.*", ReferenceFiles.apiFormat("coingecko_simple_price.json")),
                new ProviderFixtures(ProviderId.IMF, new ImfIndicatorRequest("PCPIPCH", "USA"),
                        "/external/datamapper/api/v1/PCPIPCH/USA", ReferenceFiles.apiFormat("imf_datamapper_indicator.json")));
    }

    /**
     * A submissions answer of data.sec.gov, trimmed to the fields read (assembled from the public
     * format; the reference folder has no submissions file).
     */
    public static final String SEC_SUBMISSIONS = """
            {"cik":"320193","entityType":"operating","sic":"3571","sicDescription":"Electronic Computers",
             "name":"Apple Inc.","tickers":["AAPL"],"exchanges":["Nasdaq"],"fiscalYearEnd":"0928"}
            """;

    /** Builds the source of a provider over a base URL, with every test key, and a request timeout. */
    public static AttemptingSource source(ProviderId provider, URI base, Duration timeout) {
        var client = TestKeys.client(provider, timeout);
        return switch (provider) {
            case YAHOO -> new YahooSource(client, base);
            case ALPHAVANTAGE -> new AlphaVantageSource(client, base, Optional.of(TestKeys.ALPHAVANTAGE));
            case FMP -> new FmpSource(client, base, Optional.of(TestKeys.FMP));
            case SECEDGAR -> new SecEdgarSource(client, base, base, Optional.of(TestKeys.SEC_AGENT));
            case FRED -> new FredSource(client, base, Optional.of(TestKeys.FRED));
            case COINGECKO -> new CoinGeckoSource(client, base, Optional.of(TestKeys.COINGECKO));
            case IMF -> new ImfSource(client, base);
            case LOCAL -> throw new IllegalArgumentException("local is not an HTTP provider");
        };
    }

    /** Tells whether the provider needs a preliminary answer (SEC's ticker table) before the request path. */
    public boolean needsTickerTable() {
        return provider == ProviderId.SECEDGAR;
    }

    @Override
    public String toString() {
        return provider.id();
    }
}
