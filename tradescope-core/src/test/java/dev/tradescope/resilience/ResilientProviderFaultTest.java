package dev.tradescope.resilience;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.tradescope.config.GlobalLimits;
import dev.tradescope.config.ProviderSettings;
import dev.tradescope.support.Failure;
import dev.tradescope.support.FailureKind;
import dev.tradescope.testing.ManualClock;
import dev.tradescope.testing.ProviderFixtures;
import dev.tradescope.testing.StubServer;
import dev.tradescope.testing.TestKeys;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Faults through the whole stack (resilience over vendor) for every provider: outcome, requests seen, breaker state. */
class ResilientProviderFaultTest {
    @TempDir
    Path quotaDir;
    private StubServer server;
    private SharedResilience shared;

    @BeforeEach
    void start() {
        server = StubServer.start();
        ManualClock clock = new ManualClock(TestKeys.NOW);
        shared = new SharedResilience(GlobalLimits.defaults(), new LocalBucketStore(clock), new FileQuotaLedger(quotaDir),
                clock, clock.sleeper());
    }

    @AfterEach
    void stop() {
        server.close();
        shared.close();
    }

    static java.util.List<ProviderFixtures> providers() {
        return ProviderFixtures.all();
    }

    private ResilientSource stack(ProviderFixtures fixture) {
        if (fixture.needsTickerTable()) {
            server.answerSecTickers();
        }
        return new ResilientSource(ProviderFixtures.source(fixture.provider(), server.base(), Duration.ofSeconds(2)),
                ResiliencePolicy.of(ProviderSettings.defaults(fixture.provider()), GlobalLimits.defaults()), shared);
    }

    private int tickerRequests(ProviderFixtures fixture) {
        return fixture.needsTickerTable() ? 1 : 0;
    }

    private Failure failureOf(ResilientSource source, ProviderFixtures fixture) {
        return source.fetch(fixture.request()).findFailure().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void burstOf500_isTriedThreeTimes_breakerStaysClosed(ProviderFixtures fixture) {
        ResilientSource source = stack(fixture);
        server.answer(fixture.path(), 500, "{\"error\":\"internal\"}");

        assertThat(failureOf(source, fixture).kind()).isEqualTo(FailureKind.UNAVAILABLE);
        assertThat(server.requestCount()).isEqualTo(tickerRequests(fixture) + 3);
        assertThat(source.stats().breakerState()).isEqualTo("CLOSED");
        assertThat(source.stats().retries()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void tooManyRequestsWithoutRetryAfter_isOneRequest(ProviderFixtures fixture) {
        ResilientSource source = stack(fixture);
        server.answer(fixture.path(), 429, "Too Many Requests");

        assertThat(failureOf(source, fixture).kind()).isEqualTo(FailureKind.RATE_LIMITED);
        assertThat(server.requestCount()).isEqualTo(tickerRequests(fixture) + 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void connectionReset_isRetried(ProviderFixtures fixture) {
        ResilientSource source = stack(fixture);
        server.fault(fixture.path(), Fault.CONNECTION_RESET_BY_PEER);

        assertThat(failureOf(source, fixture).kind()).isEqualTo(FailureKind.UNAVAILABLE);
        assertThat(server.requestCount()).isEqualTo(tickerRequests(fixture) + 3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void htmlInsteadOfJson_isNotRetried(ProviderFixtures fixture) {
        ResilientSource source = stack(fixture);
        server.answer(fixture.path(), aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                .withBody("<html><body>Access Denied</body></html>"));

        Failure failure = failureOf(source, fixture);

        assertThat(failure.kind()).isEqualTo(FailureKind.UNAVAILABLE);
        assertThat(failure.message()).startsWith("malformed answer");
        assertThat(server.requestCount()).isEqualTo(tickerRequests(fixture) + 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void repeatedFailures_openTheBreaker(ProviderFixtures fixture) {
        ResilientSource source = stack(fixture);
        server.answer(fixture.path(), 503, "down");
        for (int i = 0; i < ResiliencePolicy.BREAKER_MINIMUM_CALLS; i++) {
            source.fetch(fixture.request());
        }
        int seen = server.requestCount();

        assertThat(failureOf(source, fixture).message()).contains("circuit open");
        assertThat(source.stats().breakerState()).isEqualTo("OPEN");
        assertThat(server.requestCount()).isEqualTo(seen);
    }
}
