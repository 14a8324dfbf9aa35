package dev.tradescope.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Holds an HTTP answer: status, headers (names lower-cased) and the decoded body text.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param status  the HTTP status code
 * @param headers the headers, names in lower case
 * @param body    the body as text (gzip already decoded)
 */
public record HttpAnswer(int status, Map<String, List<String>> headers, String body) {

    /** Copies the headers with lower-case names. */
    public HttpAnswer {
        Objects.requireNonNull(body, "body");
        Map<String, List<String>> lower = new TreeMap<>();
        headers.forEach((name, values) -> lower.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        headers = Map.copyOf(lower);
    }

    /** Finds the first value of a header, by case-insensitive name. */
    public Optional<String> findHeader(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Tells whether the status is 2xx. */
    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /**
     * Finds the wait a {@code Retry-After} header asks for: delay seconds, or an HTTP date measured
     * from {@code now}; a date in the past means no wait.
     */
    public Optional<Duration> findRetryAfter(Instant now) {
        return findHeader("retry-after").flatMap(value -> parseRetryAfter(value, now));
    }

    static Optional<Duration> parseRetryAfter(String raw, Instant now) {
        String value = raw.strip();
        if (value.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Returns the start of the body, at most {@code max} characters, for messages. */
    public String bodyStart(int max) {
        String flat = body.strip().replaceAll("\\s+", " ");
        return flat.length() <= max ? flat : flat.substring(0, max) + "…";
    }
}
