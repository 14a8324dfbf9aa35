package dev.tradescope.marketdata;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tradescope.http.Attempt;
import dev.tradescope.http.AttemptingSource;
import dev.tradescope.marketdata.alphavantage.AlphaVantageSource;
import dev.tradescope.marketdata.secedgar.SecEdgarSource;
import dev.tradescope.support.FailureKind;
import dev.tradescope.testing.ProviderFixtures;
import dev.tradescope.testing.ReferenceFiles;
import dev.tradescope.testing.StubServer;
import dev.tradescope.testing.TestKeys;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each vendor's own answers from the reference files: values parsed right, error and throttling bodies mapped right. */
class VendorAnswersTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private StubServer server;

    @BeforeEach
    void start() {
        server = StubServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private AttemptingSource source(ProviderId id) {
        return ProviderFixtures.source(id, server.base(), TIMEOUT);
    }

    private static <T> T value(Attempt<T> attempt) {
        return attempt.result().getValue().value();
    }

    // --- Yahoo

    @Test
    void yahoo_chart_parsesBarsAdjustedCloseAndDates() {
        server.answer("/v8/finance/chart/AAPL", 200, ReferenceFiles.apiFormat("yahoo_chart.json"));

        Attempt<PriceSeries> attempt = source(ProviderId.YAHOO).attempt(
                new PriceHistoryRequest("aapl", LocalDate.of(2020, 8, 1), LocalDate.of(2020, 12, 31)));

        PriceSeries series = value(attempt);
        assertThat(series.bars()).hasSize(3);
        assertThat(series.adjusted()).isTrue();
        assertThat(series.currency()).isEqualTo("USD");
        DailyBar first = series.bars().get(0);
        assertThat(first.date()).isEqualTo(LocalDate.of(2020, 8, 31));
        assertThat(first.close()).isCloseTo(129.04, within(0.001));
        assertThat(first.adjustedClose()).isCloseTo(125.8267, within(0.001));
        assertThat(first.volume()).isEqualTo(225_702_700L);
        assertThat(attempt.result().getValue().provenance().marketDate()).hasValue(LocalDate.of(2020, 9, 2));
    }

    @Test
    void yahoo_quoteAndIndexSymbol_useChartMetaAndEncodeCaret() {
        server.answer("/v8/finance/chart/%5EVIX", 200, ReferenceFiles.apiFormat("yahoo_chart.json"));

        Quote quote = value(source(ProviderId.YAHOO).attempt(new QuoteRequest("^VIX")));

        assertThat(quote.price()).isEqualTo(244.87);
        assertThat(quote.marketTime()).isEqualTo(Instant.ofEpochSecond(1739998801));
        assertThat(quote.previousClose()).hasValue(134.17999267578125);
    }

    @Test
    void yahoo_404Body_isNoData() {
        server.answer("/v8/finance/chart/.*", 404, ReferenceFiles.apiFormat("yahoo_chart_error_404.json"));

        assertThat(source(ProviderId.YAHOO).attempt(new QuoteRequest("NOPE")).findFailureKind()).hasValue(FailureKind.NO_DATA);
    }

    // --- Alpha Vantage

    @Test
    void alphaVantage_dailyAndOverview_parse() {
        server.answer("/query", 200, ReferenceFiles.apiFormat("alphavantage_time_series_daily.json"));
        PriceSeries series = value(source(ProviderId.ALPHAVANTAGE).attempt(
                new PriceHistoryRequest("IBM", LocalDate.of(2023, 11, 1), LocalDate.of(2023, 11, 30))));
        assertThat(series.bars()).extracting(DailyBar::date).containsExactly(LocalDate.of(2023, 11, 24),
                LocalDate.of(2023, 11, 27), LocalDate.of(2023, 11, 28));
        assertThat(series.adjusted()).isFalse();

        server.answer("/query", 200, ReferenceFiles.apiFormat("alphavantage_overview.json"));
        CompanyProfile profile = value(source(ProviderId.ALPHAVANTAGE).attempt(new CompanyProfileRequest("IBM")));
        assertThat(profile.name()).isEqualTo("International Business Machines");
        assertThat(profile.sector()).hasValue("Technology");
        assertThat(profile.marketCap()).hasValue(246_852_600_000d);
        assertThat(profile.exchange()).hasValue("NYSE");
    }

    @Test
    void alphaVantage_quote_parsesStringsAndSendsKeyAsParameter() {
        server.answer("/query", 200, ReferenceFiles.apiFormat("alphavantage_global_quote.json"));

        Quote quote = value(source(ProviderId.ALPHAVANTAGE).attempt(new QuoteRequest("MSFT")));

        assertThat(quote.price()).isEqualTo(112.13);
        assertThat(quote.previousClose()).hasValue(112.79);
        server.wireMock().verify(getRequestedFor(urlPathEqualTo("/query"))
                .withQueryParam("function", equalTo("GLOBAL_QUOTE")).withQueryParam("apikey", equalTo(TestKeys.ALPHAVANTAGE)));
    }

    @Test
    void alphaVantage_throttlingAndErrorBodies_mapByContent() {
        assertAlphaVantage("alphavantage_ratelimit_information.json", FailureKind.RATE_LIMITED);
        assertAlphaVantage("alphavantage_ratelimit_note_legacy.json", FailureKind.RATE_LIMITED);
        assertAlphaVantage("alphavantage_demo_key_information.json", FailureKind.NOT_CONFIGURED);
        assertAlphaVantage("alphavantage_error_invalid_call.json", FailureKind.INVALID_REQUEST);
        assertAlphaVantage("alphavantage_global_quote_unknown_symbol.json", FailureKind.NO_DATA);
        server.answer("/query", 200, "{\"Information\": \"Thank you for using Alpha Vantage! This is a premium endpoint.\"}");
        assertThat(source(ProviderId.ALPHAVANTAGE).attempt(new QuoteRequest("MSFT")).findFailureKind())
                .hasValue(FailureKind.INVALID_REQUEST);
    }

    private void assertAlphaVantage(String file, FailureKind expected) {
        server.answer("/query", 200, ReferenceFiles.apiFormat(file));
        Attempt<Quote> attempt = source(ProviderId.ALPHAVANTAGE).attempt(new QuoteRequest("MSFT"));
        assertThat(attempt.findFailureKind()).as(file).hasValue(expected);
        assertThat(attempt.retryable()).isFalse();
    }

    @Test
    void alphaVantage_withoutKey_isNotConfiguredWithoutCall() {
        AlphaVantageSource source = new AlphaVantageSource(TestKeys.client(ProviderId.ALPHAVANTAGE, TIMEOUT),
                server.base(), Optional.empty());

        Attempt<Quote> attempt = source.attempt(new QuoteRequest("IBM"));

        assertThat(attempt.findFailureKind()).hasValue(FailureKind.NOT_CONFIGURED);
        assertThat(attempt.result().findFailure().orElseThrow().message()).contains("ALPHA_VANTAGE_API_KEY");
        assertThat(server.requestCount()).isZero();
    }

    // --- FMP

    @Test
    void fmp_profileAndQuote_parse() {
        server.answer("/stable/profile", 200, ReferenceFiles.apiFormat("fmp_profile_stable.json"));
        CompanyProfile profile = value(source(ProviderId.FMP).attempt(new CompanyProfileRequest("AAPL")));
        assertThat(profile.sector()).hasValue("Technology");
        assertThat(profile.industry()).hasValue("Consumer Electronics");
        assertThat(profile.marketCap()).hasValue(3_900_351_299_800d);
        assertThat(profile.exchange()).hasValue("NASDAQ");

        server.answer("/stable/quote", 200, ReferenceFiles.apiFormat("fmp_quote.json"));
        Quote quote = value(source(ProviderId.FMP).attempt(new QuoteRequest("AAPL")));
        assertThat(quote.price()).isEqualTo(201.08);
        assertThat(quote.previousClose()).hasValue(201);
    }

    @Test
    void fmp_errorBodies_mapToOutcomes() {
        assertFmp(401, "fmp_error_invalid_key_401.json", FailureKind.NOT_CONFIGURED);
        assertFmp(403, "fmp_error_legacy_endpoint_403.json", FailureKind.INVALID_REQUEST);
        assertFmp(429, "fmp_error_limit_reach_429.json", FailureKind.RATE_LIMITED);
        assertFmp(200, "fmp_error_limit_reach_429.json", FailureKind.RATE_LIMITED);
        server.answer("/stable/profile", 200, "[]");
        assertThat(source(ProviderId.FMP).attempt(new CompanyProfileRequest("ZZZZ")).findFailureKind())
                .hasValue(FailureKind.NO_DATA);
    }

    @Test
    void fmp_profilesList_oneCallForSeveralSymbols_inTheV3Format() {
        server.answer("/api/v3/profile/AAPL,MSFT", 200, ReferenceFiles.apiFormat("fmp_profile.json"));

        CompanyProfiles profiles = value(source(ProviderId.FMP).attempt(
                new CompanyProfilesRequest(List.of("msft", "AAPL"))));

        assertThat(profiles.bySymbol()).containsOnlyKeys("AAPL"); // FMP leaves out the symbols it does not know
        CompanyProfile apple = profiles.find("AAPL").orElseThrow();
        assertThat(apple.name()).isEqualTo("Apple Inc.");
        assertThat(apple.sector()).hasValue("Technology");
        assertThat(apple.marketCap()).hasValue(2_794_144_143_933d);
        assertThat(apple.exchange()).hasValue("NASDAQ Global Select");
        assertThat(source(ProviderId.FMP).maxBatch(DataKind.COMPANY_PROFILE)).isEqualTo(50);
        assertThat(source(ProviderId.FMP).maxBatch(DataKind.QUOTE)).isEqualTo(1);
    }

    @Test
    void fmp_profilesList_onAKeyWithoutLegacyEndpoints_isAnInvalidRequest() {
        server.answer("/api/v3/profile/AAPL,MSFT", 403, ReferenceFiles.apiFormat("fmp_error_legacy_endpoint_403.json"));

        assertThat(source(ProviderId.FMP).attempt(new CompanyProfilesRequest(List.of("AAPL", "MSFT")))
                .findFailureKind()).hasValue(FailureKind.INVALID_REQUEST);
    }

    private void assertFmp(int status, String file, FailureKind expected) {
        server.answer("/stable/profile", status, ReferenceFiles.apiFormat(file));
        assertThat(source(ProviderId.FMP).attempt(new CompanyProfileRequest("AAPL")).findFailureKind())
                .as(file).hasValue(expected);
    }

    @Test
    void fmp_history_parsesEodRows() {
        server.answer("/stable/historical-price-eod/full", 200, """
                [{"symbol":"AAPL","date":"2025-02-04","open":227.25,"high":233.13,"low":226.65,"close":232.8,"volume":45067300},
                 {"symbol":"AAPL","date":"2025-02-03","open":229.99,"high":231.83,"low":225.7,"close":228.01,"volume":73063300}]
                """);

        PriceSeries series = value(source(ProviderId.FMP).attempt(
                new PriceHistoryRequest("AAPL", LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 4))));

        assertThat(series.bars()).extracting(DailyBar::date).containsExactly(LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 4));
    }

    // --- SEC EDGAR

    @Test
    void sec_profile_mapsSicToSectorAndReadsTickersOnce() {
        server.answerSecTickers();
        server.answer("/submissions/CIK0000320193.json", 200, ProviderFixtures.SEC_SUBMISSIONS);
        AttemptingSource source = source(ProviderId.SECEDGAR);

        CompanyProfile profile = value(source.attempt(new CompanyProfileRequest("AAPL")));
        source.attempt(new CompanyProfileRequest("AAPL"));

        assertThat(profile.name()).isEqualTo("Apple Inc.");
        assertThat(profile.sector()).hasValue("Information Technology");
        assertThat(profile.industry()).hasValue("Electronic Computers");
        assertThat(profile.exchange()).hasValue("Nasdaq");
        server.wireMock().verify(1, getRequestedFor(urlPathEqualTo("/files/company_tickers.json"))
                .withHeader("User-Agent", equalTo(TestKeys.SEC_AGENT)));
        assertThat(source.attempt(new CompanyProfileRequest("ZZZZ")).findFailureKind()).hasValue(FailureKind.NO_DATA);
    }

    @Test
    void sec_tickerTable_isKeptOnDiskForDays(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        server.answerSecTickers();
        server.answer("/submissions/CIK0000320193.json", 200, ProviderFixtures.SEC_SUBMISSIONS);
        java.nio.file.Path file = dir.resolve("secedgar/company_tickers.json");
        SecEdgarSource first = new SecEdgarSource(TestKeys.client(ProviderId.SECEDGAR, TIMEOUT), server.base(),
                server.base(), Optional.of(TestKeys.SEC_AGENT)).withTickerFile(file);
        assertThat(first.attempt(new CompanyProfileRequest("AAPL")).result().isOk()).isTrue();
        assertThat(file).exists();

        SecEdgarSource nextRun = new SecEdgarSource(TestKeys.client(ProviderId.SECEDGAR, TIMEOUT), server.base(),
                server.base(), Optional.of(TestKeys.SEC_AGENT)).withTickerFile(file);
        assertThat(nextRun.attempt(new CompanyProfileRequest("MSFT")).findFailureKind()).hasValue(FailureKind.NO_DATA);

        server.wireMock().verify(1, getRequestedFor(urlPathEqualTo("/files/company_tickers.json")));
    }

    @Test
    void sec_html403_isRateLimited() {
        server.answer("/files/company_tickers.json", aResponse().withStatus(403).withHeader("Content-Type", "text/html")
                .withBody("<html><head><title>SEC.gov | Request Rate Threshold Exceeded</title></head></html>"));

        Attempt<?> attempt = source(ProviderId.SECEDGAR).attempt(new CompanyProfileRequest("AAPL"));

        assertThat(attempt.findFailureKind()).hasValue(FailureKind.RATE_LIMITED);
        assertThat(attempt.result().findFailure().orElseThrow().message()).contains("HTTP 403");
    }

    @Test
    void sec_withoutUserAgent_isNotConfiguredWithHowToSetIt() {
        SecEdgarSource source = new SecEdgarSource(TestKeys.client(ProviderId.SECEDGAR, TIMEOUT), server.base(),
                server.base(), Optional.empty());

        Attempt<?> attempt = source.attempt(new CompanyProfileRequest("AAPL"));

        assertThat(attempt.findFailureKind()).hasValue(FailureKind.NOT_CONFIGURED);
        assertThat(attempt.result().findFailure().orElseThrow().message()).contains("SEC_EDGAR_USER_AGENT");
        assertThat(server.requestCount()).isZero();
    }

    // --- FRED

    @Test
    void fred_dotValues_areMissingNotZero() {
        server.answer("/fred/series/observations", 200, ReferenceFiles.apiFormat("fred_series_observations_dgs10.json"));

        EconomicSeries series = value(source(ProviderId.FRED).attempt(
                new EconomicSeriesRequest("DGS10", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31))));

        assertThat(series.observations()).hasSize(5).noneMatch(o -> o.value() == 0);
        assertThat(series.observations()).extracting(Observation::date).doesNotContain(LocalDate.of(2024, 1, 15));
        assertThat(series.missingCount()).isEqualTo(1);
        server.wireMock().verify(getRequestedFor(urlPathEqualTo("/fred/series/observations"))
                .withQueryParam("file_type", equalTo("json")).withQueryParam("observation_start", equalTo("2024-01-01")));
    }

    @Test
    void fred_400Bodies_tellUnknownSeriesFromBadKey() {
        server.answer("/fred/series/observations", 400, ReferenceFiles.apiFormat("fred_error_400_unknown_series.json"));
        EconomicSeriesRequest request = new EconomicSeriesRequest("NOPE", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1));
        assertThat(source(ProviderId.FRED).attempt(request).findFailureKind()).hasValue(FailureKind.NO_DATA);

        server.answer("/fred/series/observations", 400, ReferenceFiles.apiFormat("fred_error_400_bad_api_key.json"));
        assertThat(source(ProviderId.FRED).attempt(request).findFailureKind()).hasValue(FailureKind.NOT_CONFIGURED);
    }

    // --- CoinGecko and IMF

    @Test
    void coinGecko_simplePrice_parsesAndSendsKeyInHeader() {
        server.answer("/api/v3/simple/price", 200, ReferenceFiles.apiFormat("coingecko_simple_price.json"));

        CryptoPrice price = value(source(ProviderId.COINGECKO).attempt(new CryptoPriceRequest("bitcoin", "usd")));

        assertThat(price.price()).isCloseTo(67187.3358936566, within(1e-6));
        assertThat(price.change24hPercent()).isPresent();
        server.wireMock().verify(getRequestedFor(urlPathEqualTo("/api/v3/simple/price"))
                .withHeader("x-cg-demo-api-key", equalTo(TestKeys.COINGECKO)));
        server.answer("/api/v3/simple/price", 200, "{}");
        assertThat(source(ProviderId.COINGECKO).attempt(new CryptoPriceRequest("nocoin", "usd")).findFailureKind())
                .hasValue(FailureKind.NO_DATA);
        server.answer("/api/v3/simple/price", 429, ReferenceFiles.apiFormat("coingecko_error_429.json"));
        assertThat(source(ProviderId.COINGECKO).attempt(new CryptoPriceRequest("bitcoin", "usd")).findFailureKind())
                .hasValue(FailureKind.RATE_LIMITED);
    }

    @Test
    void imf_valuesByYear_andEmptyAnswerIsNoData() {
        server.answer("/external/datamapper/api/v1/PCPIPCH/USA", 200, ReferenceFiles.apiFormat("imf_datamapper_indicator.json"));
        ImfIndicator usa = value(source(ProviderId.IMF).attempt(new ImfIndicatorRequest("PCPIPCH", "usa")));
        assertThat(usa.byYear()).containsEntry(2022, 8.0).containsEntry(2025, 2.4).hasSize(4);

        server.answer("/external/datamapper/api/v1/PCPIPCH/XXX", 200, ReferenceFiles.apiFormat("imf_datamapper_unknown_country.json"));
        assertThat(source(ProviderId.IMF).attempt(new ImfIndicatorRequest("PCPIPCH", "XXX")).findFailureKind())
                .hasValue(FailureKind.NO_DATA);
    }
}
