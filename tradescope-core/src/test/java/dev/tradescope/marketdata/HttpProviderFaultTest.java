package dev.tradescope.marketdata;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.tradescope.http.Attempt;
import dev.tradescope.http.AttemptingSource;
import dev.tradescope.support.FailureKind;
import dev.tradescope.testing.ProviderFixtures;
import dev.tradescope.testing.StubServer;
import dev.tradescope.testing.TestKeys;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Injects faults for every HTTP provider and checks one call's outcome and retry advice, and that
 * the server saw exactly one request (no retry inside a vendor source: retries are the resilience
 * layer's, see {@code ResilientSourceTest}).
 */
class HttpProviderFaultTest {
    private static final Duration SHORT_TIMEOUT = Duration.ofMillis(1000);
    private StubServer server;

    @BeforeEach
    void start() {
        server = StubServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** One injected fault: how to serve it, the expected kind, whether it is transient, the expected Retry-After. */
    record Fault_(String name, BiConsumer<StubServer, String> serve, FailureKind kind, boolean retryable,
                  Optional<Duration> retryAfter) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        List<Fault_> faults = List.of(
                new Fault_("429 without Retry-After", (s, p) -> s.answer(p, 429, "Too Many Requests"),
                        FailureKind.RATE_LIMITED, false, Optional.empty()),
                new Fault_("429 with Retry-After 7", (s, p) -> s.answer(p, aResponse().withStatus(429)
                        .withHeader("Retry-After", "7").withBody("{}")), FailureKind.RATE_LIMITED, false,
                        Optional.of(Duration.ofSeconds(7))),
                new Fault_("429 with Retry-After date", (s, p) -> s.answer(p, aResponse().withStatus(429)
                        .withHeader("Retry-After", "Mon, 21 Jul 2025 12:00:30 GMT").withBody("{}")),
                        FailureKind.RATE_LIMITED, false, Optional.of(Duration.ofSeconds(30))),
                new Fault_("500", (s, p) -> s.answer(p, 500, "oops"), FailureKind.UNAVAILABLE, true, Optional.empty()),
                new Fault_("503", (s, p) -> s.answer(p, 503, "<html>busy</html>"), FailureKind.UNAVAILABLE, true,
                        Optional.empty()),
                new Fault_("connection reset", (s, p) -> s.fault(p, Fault.CONNECTION_RESET_BY_PEER),
                        FailureKind.UNAVAILABLE, true, Optional.empty()),
                new Fault_("garbage then close", (s, p) -> s.fault(p, Fault.RANDOM_DATA_THEN_CLOSE),
                        FailureKind.UNAVAILABLE, true, Optional.empty()),
                new Fault_("slower than timeout", (s, p) -> s.answer(p, aResponse().withStatus(200)
                        .withFixedDelay(3000).withBody("{}")), FailureKind.UNAVAILABLE, true, Optional.empty()),
                new Fault_("body trickling past the timeout", (s, p) -> s.answer(p, aResponse().withStatus(200)
                        .withBody("{\"padding\": \"" + "x".repeat(400) + "\"}").withChunkedDribbleDelay(20, 3000)),
                        FailureKind.UNAVAILABLE, true, Optional.empty()),
                new Fault_("malformed JSON", (s, p) -> s.answer(p, 200, "{\"chart\": [1, 2,, }"),
                        FailureKind.UNAVAILABLE, false, Optional.empty()),
                new Fault_("truncated JSON", (s, p) -> s.answer(p, 200, "{\"observations\": [{\"date\": \"2024-01"),
                        FailureKind.UNAVAILABLE, false, Optional.empty()),
                new Fault_("empty body", (s, p) -> s.answer(p, 200, ""), FailureKind.UNAVAILABLE, false, Optional.empty()),
                new Fault_("HTML instead of JSON", (s, p) -> s.answer(p, aResponse().withStatus(200)
                        .withHeader("Content-Type", "text/html").withBody("<!DOCTYPE html><html><body>Hi</body></html>")),
                        FailureKind.UNAVAILABLE, false, Optional.empty()));
        return ProviderFixtures.all().stream().flatMap(p -> faults.stream().map(f -> Arguments.of(p, f)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void attempt_fault_mapsToOutcomeWithOneRequest(ProviderFixtures fixture, Fault_ fault) {
        int before = 0;
        if (fixture.needsTickerTable()) {
            server.answerSecTickers();
            before = 1;
        }
        fault.serve().accept(server, fixture.path());
        AttemptingSource source = ProviderFixtures.source(fixture.provider(), server.base(), SHORT_TIMEOUT);

        Attempt<?> attempt = source.attempt(fixture.request());

        assertThat(attempt.findFailureKind()).as(attempt.toString()).hasValue(fault.kind());
        assertThat(attempt.retryable()).as("retryable").isEqualTo(fault.retryable());
        assertThat(attempt.retryAfter()).isEqualTo(fault.retryAfter());
        assertThat(server.requestCount()).isEqualTo(before + 1);
        String message = attempt.result().findFailure().orElseThrow().message();
        TestKeys.ALL.forEach(key -> assertThat(message).doesNotContain(key));
        assertThat(attempt.result().findFailure().orElseThrow().source()).isEqualTo(fixture.provider().id());
    }
}
