package dev.tradescope.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.tradescope.marketdata.MarketData;
import dev.tradescope.marketdata.MarketDataRequest;
import dev.tradescope.marketdata.Provenance;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.support.Failure;
import dev.tradescope.support.FailureKind;
import dev.tradescope.support.LazyLogger;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Makes one provider's HTTP calls and turns each answer into an {@link Attempt}: status → outcome
 * (with the provider's own {@link StatusRule} first), transport failures → transient, bodies of the
 * wrong shape → unavailable and never retried, every message redacted.
 *
 * <p>This class is thread-safe.
 */
public final class ProviderClient {
    private static final LazyLogger LOG = new LazyLogger(ProviderClient.class);
    private static final int BODY_IN_MESSAGE = 160;

    private final ProviderId provider;
    private final HttpFetcher fetcher;
    private final Clock clock;
    private final Duration timeout;

    /** Builds the client of one provider. */
    public ProviderClient(ProviderId provider, HttpFetcher fetcher, Clock clock, Duration timeout) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** Returns the provider this client calls. */
    public ProviderId provider() {
        return provider;
    }

    /** Returns the clock that stamps provenance. */
    public Clock clock() {
        return clock;
    }

    /** Sends a GET and turns the answer into an attempt. */
    public <T> Attempt<T> get(MarketDataRequest<T> request, URI uri, Map<String, String> headers,
                              AnswerReader<T> reader, StatusRule rule) {
        Instant requestedAt = clock.instant();
        HttpAnswer answer;
        try {
            answer = fetcher.get(uri, headers, timeout);
        } catch (TransportException e) {
            return Attempt.transientFailure(failure(request, FailureKind.UNAVAILABLE, e.getMessage()), Optional.empty());
        }
        if (!answer.isSuccess()) {
            return fromStatus(request, answer, rule);
        }
        return read(request, answer, reader, requestedAt);
    }

    /** Builds a failure of this provider for a request; the message is redacted here. */
    public Failure failure(MarketDataRequest<?> request, FailureKind kind, String message) {
        return new Failure(kind, provider.id(), request.describe(), fetcher.redactor().redact(message));
    }

    /** Builds a final failed attempt of this provider. */
    public <T> Attempt<T> failed(MarketDataRequest<T> request, FailureKind kind, String message) {
        return Attempt.failed(failure(request, kind, message));
    }

    private <T> Attempt<T> fromStatus(MarketDataRequest<T> request, HttpAnswer answer, StatusRule rule) {
        String message = "HTTP " + answer.status() + ": " + answer.bodyStart(BODY_IN_MESSAGE);
        Optional<Duration> retryAfter = answer.findRetryAfter(clock.instant());
        Optional<FailureKind> special = rule.classify(answer);
        FailureKind kind = special.orElseGet(() -> defaultKind(answer.status()));
        Failure failure = failure(request, kind, message);
        LOG.get().debug("{} {}: {}", provider, request.describe(), failure.message());
        if (kind == FailureKind.RATE_LIMITED) {
            return Attempt.rateLimited(failure, retryAfter);
        }
        if (special.isEmpty() && isTransient(answer.status())) {
            return Attempt.transientFailure(failure, retryAfter);
        }
        return Attempt.failed(failure);
    }

    private <T> Attempt<T> read(MarketDataRequest<T> request, HttpAnswer answer, AnswerReader<T> reader,
                                Instant requestedAt) {
        Parsed<T> parsed;
        try {
            parsed = reader.read(answer.body());
        } catch (JsonProcessingException e) {
            return malformed(request, answer, e.getOriginalMessage());
        } catch (IOException | RuntimeException e) {
            // the boundary of an untrusted body: any shape error is a malformed answer, never retried
            return malformed(request, answer, e.getMessage());
        }
        if (parsed instanceof Parsed.Miss<T> miss) {
            Failure failure = failure(request, miss.kind(), miss.message());
            return miss.kind() == FailureKind.RATE_LIMITED ? Attempt.rateLimited(failure, Optional.empty())
                    : Attempt.failed(failure);
        }
        Parsed.Value<T> value = (Parsed.Value<T>) parsed;
        return Attempt.ok(new MarketData<>(value.value(), Provenance.fetched(provider, requestedAt, value.marketDate())));
    }

    private <T> Attempt<T> malformed(MarketDataRequest<T> request, HttpAnswer answer, String detail) {
        String message = "malformed answer (HTTP " + answer.status() + ", " + answer.body().length() + " chars): "
                + firstLine(detail) + "; body starts: " + answer.bodyStart(60);
        return failed(request, FailureKind.UNAVAILABLE, message);
    }

    static FailureKind defaultKind(int status) {
        if (status == 404 || status == 410) {
            return FailureKind.NO_DATA;
        }
        if (status == 429) {
            return FailureKind.RATE_LIMITED;
        }
        if (status == 401 || status == 403) {
            return FailureKind.NOT_CONFIGURED;
        }
        if (status >= 400 && status < 500 && status != 408) {
            return FailureKind.INVALID_REQUEST;
        }
        return FailureKind.UNAVAILABLE;
    }

    static boolean isTransient(int status) {
        return status >= 500 || status == 408;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unreadable";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
