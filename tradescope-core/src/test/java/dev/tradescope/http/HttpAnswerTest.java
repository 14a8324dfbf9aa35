package dev.tradescope.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpAnswerTest {
    private static final Instant NOW = Instant.parse("2025-07-21T12:00:00Z");

    @Test
    void retryAfter_secondsDateOrGarbage() {
        assertThat(HttpAnswer.parseRetryAfter("120", NOW)).hasValue(Duration.ofSeconds(120));
        assertThat(HttpAnswer.parseRetryAfter("Mon, 21 Jul 2025 12:01:00 GMT", NOW)).hasValue(Duration.ofSeconds(60));
        assertThat(HttpAnswer.parseRetryAfter("Mon, 21 Jul 2025 11:00:00 GMT", NOW)).hasValue(Duration.ZERO);
        assertThat(HttpAnswer.parseRetryAfter("soon", NOW)).isEmpty();
        assertThat(HttpAnswer.parseRetryAfter("-5", NOW)).isEmpty();
    }

    @Test
    void headers_areCaseInsensitive_andBodyStartIsFlattened() {
        HttpAnswer answer = new HttpAnswer(429, Map.of("Retry-After", List.of("3")), "line one\n   line two");

        assertThat(answer.findRetryAfter(NOW)).hasValue(Duration.ofSeconds(3));
        assertThat(answer.bodyStart(12)).isEqualTo("line one lin…");
        assertThat(answer.isSuccess()).isFalse();
    }

    @Test
    void defaultStatusMapping() {
        assertThat(ProviderClient.defaultKind(404)).hasToString("NO_DATA");
        assertThat(ProviderClient.defaultKind(429)).hasToString("RATE_LIMITED");
        assertThat(ProviderClient.defaultKind(401)).hasToString("NOT_CONFIGURED");
        assertThat(ProviderClient.defaultKind(422)).hasToString("INVALID_REQUEST");
        assertThat(ProviderClient.defaultKind(503)).hasToString("UNAVAILABLE");
        assertThat(ProviderClient.isTransient(503)).isTrue();
        assertThat(ProviderClient.isTransient(408)).isTrue();
        assertThat(ProviderClient.isTransient(404)).isFalse();
    }
}
