package dev.tradescope.resilience;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.tradescope.config.GlobalLimits;
import dev.tradescope.config.ProviderSettings;
import dev.tradescope.config.RateLimits;
import dev.tradescope.http.Attempt;
import dev.tradescope.http.AttemptingSource;
import dev.tradescope.marketdata.DataKind;
import dev.tradescope.marketdata.EconomicSeriesRequest;
import dev.tradescope.marketdata.MarketData;
import dev.tradescope.marketdata.MarketDataRequest;
import dev.tradescope.marketdata.Provenance;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.marketdata.Quote;
import dev.tradescope.marketdata.QuoteRequest;
import dev.tradescope.support.Failure;
import dev.tradescope.support.FailureKind;
import dev.tradescope.support.Result;
import dev.tradescope.testing.ManualClock;
import dev.tradescope.testing.ProviderFixtures;
import dev.tradescope.testing.ReferenceFiles;
import dev.tradescope.testing.StubServer;
import dev.tradescope.testing.TestKeys;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResilientSourceTest {
    private static final String QUOTE_PATH = "/v8/finance/chart/SPY";
    private static final QuoteRequest SPY = new QuoteRequest("SPY");

    @TempDir
    Path quotaDir;
    private StubServer server;
    private ManualClock clock;
    private SharedResilience shared;

    @BeforeEach
    void start() {
        server = StubServer.start();
        clock = new ManualClock(TestKeys.NOW);
        shared = shared(GlobalLimits.defaults());
    }

    @AfterEach
    void stop() {
        server.close();
        shared.close();
    }

    private SharedResilience shared(GlobalLimits limits) {
        return new SharedResilience(limits, new LocalBucketStore(clock), new FileQuotaLedger(quotaDir), clock,
                clock.sleeper());
    }

    private ResilientSource resilient(ProviderId id, Duration timeout) {
        AttemptingSource vendor = ProviderFixtures.source(id, server.base(), timeout);
        return new ResilientSource(vendor, ResiliencePolicy.of(ProviderSettings.defaults(id), GlobalLimits.defaults()),
                shared);
    }

    private ResilientSource yahoo() {
        return resilient(ProviderId.YAHOO, Duration.ofSeconds(5));
    }

    private void answerInTurn(String path, List<Function<Integer, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder>> answers) {
        String state = Scenario.STARTED;
        for (int i = 0; i < answers.size(); i++) {
            String next = i == answers.size() - 1 ? state : "step" + (i + 1);
            server.wireMock().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                    com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching(path))
                    .inScenario("turns").whenScenarioStateIs(state).willReturn(answers.get(i).apply(i))
                    .willSetStateTo(next));
            state = next;
        }
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder ok() {
        return aResponse().withStatus(200).withBody(ReferenceFiles.apiFormat("yahoo_chart.json"));
    }

    @Test
    void burstOf500_isRetriedWithBackoffThenSucceeds() {
        answerInTurn(QUOTE_PATH, List.of(i -> aResponse().withStatus(500), i -> aResponse().withStatus(502), i -> ok()));
        ResilientSource source = yahoo();

        Result<MarketData<Quote>> result = source.fetch(SPY);

        assertThat(result.isOk()).isTrue();
        assertThat(server.requestCount()).isEqualTo(3);
        ProviderStats stats = source.stats();
        assertThat(stats.retries()).isEqualTo(2);
        assertThat(stats.calls()).isEqualTo(3);
        assertThat(stats.succeeded()).isEqualTo(1);
        assertThat(stats.waited()).isPositive().isLessThan(Duration.ofSeconds(3));
        assertThat(stats.breakerState()).isEqualTo("CLOSED");
    }

    @Test
    void persistent500_givesUpAfterThreeTries() {
        server.answer(QUOTE_PATH, 500, "boom");

        Result<MarketData<Quote>> result = yahoo().fetch(SPY);

        assertThat(result.findFailure().orElseThrow().kind()).isEqualTo(FailureKind.UNAVAILABLE);
        assertThat(result.findFailure().orElseThrow().message()).contains("after 3 tries");
        assertThat(server.requestCount()).isEqualTo(3);
    }

    @Test
    void connectionReset_isRetried() {
        server.fault(QUOTE_PATH, Fault.CONNECTION_RESET_BY_PEER);

        assertThat(yahoo().fetch(SPY).findFailure().orElseThrow().kind()).isEqualTo(FailureKind.UNAVAILABLE);
        assertThat(server.requestCount()).isEqualTo(3);
    }

    @Test
    void slowerThanTimeout_isRetriedThenUnavailable() {
        server.answer(QUOTE_PATH, ok().withFixedDelay(1000));

        Result<MarketData<Quote>> result = resilient(ProviderId.YAHOO, Duration.ofMillis(200)).fetch(SPY);

        assertThat(result.findFailure().orElseThrow().message()).contains("timed out");
        assertThat(server.requestCount()).isEqualTo(3);
    }

    @Test
    void tooManyRequestsWithoutRetryAfter_givesUpAtOnce() {
        server.answer(QUOTE_PATH, 429, "Too Many Requests");
        ResilientSource source = yahoo();

        Result<MarketData<Quote>> result = source.fetch(SPY);

        assertThat(result.findFailure().orElseThrow().kind()).isEqualTo(FailureKind.RATE_LIMITED);
        assertThat(server.requestCount()).isEqualTo(1);
        assertThat(source.stats().rateLimited()).isEqualTo(1);
    }

    @Test
    void afterTooManyRequests_noRequestGoesOutUntilTheCoolDownEnds() {
        server.answer(QUOTE_PATH, 429, "Too Many Requests");
        ResilientSource source = yahoo();
        source.fetch(SPY);

        Failure fast = source.fetch(SPY).findFailure().orElseThrow();
        clock.advance(ResiliencePolicy.DEFAULT_COOL_DOWN.minusSeconds(1));
        source.fetch(SPY);

        assertThat(fast.kind()).isEqualTo(FailureKind.RATE_LIMITED);
        assertThat(fast.message()).contains("cooling down until 2025-07-21T12:01:00Z");
        assertThat(server.requestCount()).isEqualTo(1);
        server.answer(QUOTE_PATH, ok());
        clock.advance(Duration.ofSeconds(2));
        assertThat(source.fetch(SPY).isOk()).isTrue();
        assertThat(server.requestCount()).isEqualTo(2);
        assertThat(source.stats().rateLimited()).isEqualTo(3);
    }

    @Test
    void longRetryAfter_setsTheCoolDown() {
        server.answer(QUOTE_PATH, aResponse().withStatus(429).withHeader("Retry-After", "600"));
        ResilientSource source = yahoo();
        source.fetch(SPY);
        clock.advance(Duration.ofSeconds(300));

        assertThat(source.fetch(SPY).findFailure().orElseThrow().message()).contains("cooling down until 2025-07-21T12:10:00Z");
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void tooManyRequestsWithShortRetryAfter_waitsThatLongThenRetries() {
        answerInTurn(QUOTE_PATH, List.of(i -> aResponse().withStatus(429).withHeader("Retry-After", "5"), i -> ok()));
        ResilientSource source = yahoo();

        assertThat(source.fetch(SPY).isOk()).isTrue();
        assertThat(server.requestCount()).isEqualTo(2);
        assertThat(source.stats().waited()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void tooManyRequestsWithHttpDateRetryAfter_waitsUntilThen() {
        answerInTurn(QUOTE_PATH, List.of(i -> aResponse().withStatus(429)
                .withHeader("Retry-After", "Mon, 21 Jul 2025 12:00:20 GMT"), i -> ok()));
        ResilientSource source = yahoo();

        assertThat(source.fetch(SPY).isOk()).isTrue();
        assertThat(source.stats().waited()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void tooManyRequestsWithLongRetryAfter_isRateLimitedWithoutWaiting() {
        server.answer(QUOTE_PATH, aResponse().withStatus(429).withHeader("Retry-After", "3600"));
        ResilientSource source = yahoo();

        assertThat(source.fetch(SPY).findFailure().orElseThrow().kind()).isEqualTo(FailureKind.RATE_LIMITED);
        assertThat(server.requestCount()).isEqualTo(1);
        assertThat(source.stats().waited()).isZero();
    }

    @Test
    void clientErrorsAndMalformedAnswers_areNeverRetried() {
        server.answer(QUOTE_PATH, 400, "{}");
        assertThat(yahoo().fetch(SPY).findFailure().orElseThrow().kind()).isEqualTo(FailureKind.INVALID_REQUEST);
        server.answer(QUOTE_PATH, 404, ReferenceFiles.apiFormat("yahoo_chart_error_404.json"));
        assertThat(yahoo().fetch(SPY).findFailure().orElseThrow().kind()).isEqualTo(FailureKind.NO_DATA);
        server.answer(QUOTE_PATH, 200, "{\"chart\": {\"result\": [ {\"meta\":");
        assertThat(yahoo().fetch(SPY).findFailure().orElseThrow().kind()).isEqualTo(FailureKind.UNAVAILABLE);

        assertThat(server.requestCount()).isEqualTo(3);
    }

    @Test
    void alphaVantageNoteAndSecHtml403_areRateLimitedWithOneRequest() {
        server.answer("/query", 200, ReferenceFiles.apiFormat("alphavantage_ratelimit_note_legacy.json"));
        assertThat(resilient(ProviderId.ALPHAVANTAGE, Duration.ofSeconds(5)).fetch(new QuoteRequest("IBM"))
                .findFailure().orElseThrow().kind()).isEqualTo(FailureKind.RATE_LIMITED);
        server.answer("/files/company_tickers.json", aResponse().withStatus(403).withBody("<html>Undeclared Automated Tool</html>"));
        assertThat(resilient(ProviderId.SECEDGAR, Duration.ofSeconds(5)).fetch(
                new dev.tradescope.marketdata.CompanyProfileRequest("AAPL")).findFailure().orElseThrow().kind())
                .isEqualTo(FailureKind.RATE_LIMITED);

        assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void breaker_opensOnFailureRate_thenFailsFastWithoutRequests_thenHalfOpens() {
        server.answer(QUOTE_PATH, 503, "down");
        ResilientSource source = yahoo();
        for (int i = 0; i < ResiliencePolicy.BREAKER_MINIMUM_CALLS; i++) {
            source.fetch(SPY);
        }
        int seen = server.requestCount();
        assertThat(source.breakerState()).isEqualTo(CircuitBreaker.State.OPEN);

        Result<MarketData<Quote>> fast = source.fetch(SPY);

        assertThat(fast.findFailure().orElseThrow().message()).contains("circuit open");
        assertThat(server.requestCount()).isEqualTo(seen);
        assertThat(source.stats().breakerState()).isEqualTo("OPEN");

        server.answer(QUOTE_PATH, ok());
        clock.advance(ResiliencePolicy.BREAKER_OPEN_DURATION.plusSeconds(1));
        assertThat(source.fetch(SPY).isOk()).isTrue();
        assertThat(source.breakerState()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
    }

    @Test
    void breaker_opensOnSlowCalls() {
        FakeVendor slow = new FakeVendor(request -> {
            clock.advance(Duration.ofSeconds(11));
            return null;
        });
        ResilientSource source = new ResilientSource(slow, policy(RateLimits.unlimited()), shared);

        for (int i = 0; i < ResiliencePolicy.BREAKER_MINIMUM_CALLS; i++) {
            assertThat(source.fetch(SPY).isOk()).isTrue();
        }

        assertThat(source.breakerState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void perMinuteLimit_waitsForTokensOnTheInjectedClock() {
        server.answer(QUOTE_PATH, ok());
        ResilientSource source = yahoo();

        for (int i = 0; i < 25; i++) {
            assertThat(source.fetch(SPY).isOk()).isTrue();
        }

        // 20 tokens at once, then one every 3 s
        assertThat(source.stats().waited()).isBetween(Duration.ofSeconds(14), Duration.ofSeconds(16));
        assertThat(server.requestCount()).isEqualTo(25);
    }

    @Test
    void perMinuteLimit_beyondMaxWait_isRateLimitedLocallyWithoutRequest() {
        server.answer(QUOTE_PATH, ok());
        GlobalLimits impatient = new GlobalLimits(100, 5, Duration.ofSeconds(1), 3);
        try (SharedResilience strict = shared(impatient)) {
            ResilientSource source = new ResilientSource(ProviderFixtures.source(ProviderId.YAHOO, server.base(),
                    Duration.ofSeconds(5)), ResiliencePolicy.of(ProviderSettings.defaults(ProviderId.YAHOO), impatient), strict);
            List<Result<MarketData<Quote>>> results = new ArrayList<>();
            for (int i = 0; i < 21; i++) {
                results.add(source.fetch(SPY));
            }

            Failure last = results.get(20).findFailure().orElseThrow();
            assertThat(last.kind()).isEqualTo(FailureKind.RATE_LIMITED);
            assertThat(last.message()).startsWith("local limit: the yahoo limit 20/min");
            assertThat(server.requestCount()).isEqualTo(20);
        }
    }

    @Test
    void globalLimit_capsAllProvidersTogether() {
        GlobalLimits global = new GlobalLimits(3, 5, Duration.ZERO, 1);
        try (SharedResilience strict = shared(global)) {
            ResiliencePolicy noWait = new ResiliencePolicy(ProviderId.YAHOO, RateLimits.unlimited(), 1, Duration.ZERO,
                    Duration.ofMillis(100), Duration.ofSeconds(10));
            ResilientSource a = new ResilientSource(new FakeVendor(r -> null), noWait, strict);
            ResilientSource b = new ResilientSource(new FakeVendor(r -> null, ProviderId.FMP), noWait, strict);

            long ok = List.of(a, b, a, b).stream().filter(s -> s.fetch(SPY).isOk()).count();

            assertThat(ok).isEqualTo(3);
        }
    }

    @Test
    void dailyQuota_holdsAcrossRunsAndResetsNextDay() {
        server.answer("/query", 200, ReferenceFiles.apiFormat("alphavantage_global_quote.json"));
        RateLimits fivePerDay = new RateLimits(OptionalLong.empty(), OptionalLong.empty(), OptionalLong.of(5), 2);
        ResilientSource firstRun = new ResilientSource(ProviderFixtures.source(ProviderId.ALPHAVANTAGE, server.base(),
                Duration.ofSeconds(5)), policy(fivePerDay, ProviderId.ALPHAVANTAGE), shared);
        for (int i = 0; i < 5; i++) {
            assertThat(firstRun.fetch(SPY).isOk()).isTrue();
        }
        assertThat(firstRun.stats().quotaLeftToday()).hasValue(0);
        assertThat(quotaDir.resolve("alphavantage.json")).content().contains("\"used\":5").contains("2025-07-21");

        try (SharedResilience secondProcess = shared(GlobalLimits.defaults())) {
            ResilientSource secondRun = new ResilientSource(ProviderFixtures.source(ProviderId.ALPHAVANTAGE, server.base(),
                    Duration.ofSeconds(5)), policy(fivePerDay, ProviderId.ALPHAVANTAGE), secondProcess);
            Failure refused = secondRun.fetch(SPY).findFailure().orElseThrow();
            assertThat(refused.kind()).isEqualTo(FailureKind.RATE_LIMITED);
            assertThat(refused.message()).contains("daily quota of 5 calls used up");
            assertThat(server.requestCount()).isEqualTo(5);

            clock.advance(Duration.ofDays(1));
            assertThat(secondRun.fetch(SPY).isOk()).isTrue();
            assertThat(secondRun.stats().quotaLeftToday()).hasValue(4);
        }
    }

    @Test
    void missingKey_isNotConfiguredWithoutSpendingQuota() {
        AttemptingSource keyless = new dev.tradescope.marketdata.fred.FredSource(
                TestKeys.client(ProviderId.FRED, Duration.ofSeconds(1)), server.base(), Optional.empty());
        ResilientSource source = new ResilientSource(keyless, policy(RateLimits.unlimited(), ProviderId.FRED), shared);

        Result<?> result = source.fetch(new EconomicSeriesRequest("FEDFUNDS", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1)));

        assertThat(result.findFailure().orElseThrow().kind()).isEqualTo(FailureKind.NOT_CONFIGURED);
        assertThat(source.stats().calls()).isZero();
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void bulkhead_boundsCallsInFlightPerProvider() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxSeen = new AtomicInteger();
        FakeVendor vendor = new FakeVendor(request -> {
            maxSeen.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            return null;
        });
        ResilientSource source = new ResilientSource(vendor, policy(RateLimits.unlimited()), shared);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Result<MarketData<Quote>>>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                futures.add(pool.submit(() -> source.fetch(SPY)));
            }
            for (Future<Result<MarketData<Quote>>> f : futures) {
                assertThat(f.get().isOk()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(maxSeen.get()).isEqualTo(RateLimits.DEFAULT_MAX_IN_FLIGHT);
    }

    @Test
    void fullBulkhead_isLocallyRateLimited_andLeavesTheBreakerAlone() throws Exception {
        java.util.concurrent.CountDownLatch inside = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        FakeVendor blocking = new FakeVendor(request -> {
            inside.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
        RateLimits oneInFlight = RateLimits.unlimited().withMaxInFlight(1);
        ResilientSource source = new ResilientSource(blocking, new ResiliencePolicy(ProviderId.YAHOO, oneInFlight, 3,
                Duration.ZERO, Duration.ofMillis(100), Duration.ofSeconds(10)), shared);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Result<MarketData<Quote>>> first = pool.submit(() -> source.fetch(SPY));
            inside.await();

            Result<MarketData<Quote>> second = source.fetch(SPY);

            assertThat(second.findFailure().orElseThrow().kind()).isEqualTo(FailureKind.RATE_LIMITED);
            assertThat(second.findFailure().orElseThrow().message()).startsWith("local limit: 1 calls to yahoo in flight");
            release.countDown();
            assertThat(first.get().isOk()).isTrue();
            assertThat(source.breakerState()).isEqualTo(CircuitBreaker.State.CLOSED);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    private ResiliencePolicy policy(RateLimits limits) {
        return policy(limits, ProviderId.YAHOO);
    }

    private static ResiliencePolicy policy(RateLimits limits, ProviderId id) {
        return new ResiliencePolicy(id, limits, 3, Duration.ofSeconds(60), Duration.ofMillis(100), Duration.ofSeconds(10));
    }

    /** A vendor source that runs an action and answers a fixed quote, without HTTP. */
    private final class FakeVendor implements AttemptingSource {
        private final Function<MarketDataRequest<?>, Void> action;
        private final ProviderId id;

        FakeVendor(Function<MarketDataRequest<?>, Void> action) {
            this(action, ProviderId.YAHOO);
        }

        FakeVendor(Function<MarketDataRequest<?>, Void> action, ProviderId id) {
            this.action = action;
            this.id = id;
        }

        @Override
        public ProviderId provider() {
            return id;
        }

        @Override
        public boolean supports(DataKind kind) {
            return kind == DataKind.QUOTE;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> Attempt<T> attempt(MarketDataRequest<T> request) {
            action.apply(request);
            Quote quote = new Quote("SPY", 600, OptionalDouble.empty(), "USD", clock.instant());
            return (Attempt<T>) Attempt.ok(new MarketData<>(quote, Provenance.fetched(id, clock.instant(), Optional.empty())));
        }

        @Override
        public MarketDataRequest<?> probeRequest() {
            return SPY;
        }
    }
}
