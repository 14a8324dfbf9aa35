package dev.tradescope.marketdata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradescope.http.Attempt;
import dev.tradescope.http.AttemptingSource;
import dev.tradescope.support.FailureKind;
import dev.tradescope.support.Result;
import dev.tradescope.testing.ProviderFixtures;
import dev.tradescope.testing.StubServer;
import dev.tradescope.testing.TestKeys;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@link MarketDataSource} contract, run against every HTTP provider on a local server with the reference formats. */
class HttpProviderContractTest {
    private StubServer server;

    @BeforeEach
    void start() {
        server = StubServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static java.util.List<ProviderFixtures> providers() {
        return ProviderFixtures.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void fetch_referenceAnswer_isOkWithProvenance(ProviderFixtures fixture) {
        serveGood(fixture);
        MarketDataSource source = ProviderFixtures.source(fixture.provider(), server.base(), Duration.ofSeconds(5));

        Result<? extends MarketData<?>> result = source.fetch(fixture.request());

        assertThat(result.isOk()).as(() -> result.findFailure().map(f -> f.describe()).orElse("")).isTrue();
        MarketData<?> data = result.getValue();
        assertThat(data.value()).isInstanceOf(fixture.request().answerType());
        assertThat(data.provenance().provider()).isEqualTo(fixture.provider());
        assertThat(data.provenance().requestedAt()).isEqualTo(TestKeys.NOW);
        assertThat(data.provenance().fromCache()).isFalse();
        assertThat(source.provider()).isEqualTo(fixture.provider());
        assertThat(source.supports(fixture.request().kind())).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void fetch_unsupportedKind_isInvalidRequestWithoutCall(ProviderFixtures fixture) {
        AttemptingSource source = ProviderFixtures.source(fixture.provider(), server.base(), Duration.ofSeconds(5));
        DataKind unsupported = Arrays.stream(DataKind.values()).filter(k -> !source.supports(k)).findFirst().orElseThrow();
        MarketDataRequest<?> request = requestOf(unsupported);

        Attempt<?> attempt = source.attempt(request);

        assertThat(attempt.findFailureKind()).hasValue(FailureKind.INVALID_REQUEST);
        assertThat(server.requestCount()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void probeRequest_isSupported(ProviderFixtures fixture) {
        AttemptingSource source = ProviderFixtures.source(fixture.provider(), server.base(), Duration.ofSeconds(5));

        assertThat(source.supports(source.probeRequest().kind())).isTrue();
    }

    private void serveGood(ProviderFixtures fixture) {
        if (fixture.needsTickerTable()) {
            server.answerSecTickers();
        }
        server.answer(fixture.path(), 200, fixture.okBody());
    }

    static MarketDataRequest<?> requestOf(DataKind kind) {
        LocalDate day = LocalDate.of(2025, 7, 1);
        return switch (kind) {
            case PRICE_HISTORY -> new PriceHistoryRequest("SPY", day, day);
            case QUOTE -> new QuoteRequest("SPY");
            case ECONOMIC_SERIES -> new EconomicSeriesRequest("FEDFUNDS", day, day);
            case COMPANY_PROFILE -> new CompanyProfileRequest("AAPL");
            case CRYPTO_PRICE -> new CryptoPriceRequest("bitcoin", "usd");
            case IMF_INDICATOR -> new ImfIndicatorRequest("PCPIPCH", "USA");
        };
    }
}
