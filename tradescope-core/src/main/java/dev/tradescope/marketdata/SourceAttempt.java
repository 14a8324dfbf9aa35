package dev.tradescope.marketdata;

import dev.tradescope.support.FailureKind;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Records one try of one source in a fallback chain, for the run report.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param provider the source tried
 * @param request  the request, in readable form
 * @param failure  the kind of failure, empty when the source answered with data
 * @param message  the failure message, or {@code "ok"}
 * @param fromCache whether the answer came from the cache
 * @param at       when the try ended
 */
public record SourceAttempt(ProviderId provider, String request, Optional<FailureKind> failure, String message,
                            boolean fromCache, Instant at) {

    /** Validates the components. */
    public SourceAttempt {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(at, "at");
    }

    /** Tells whether the source answered with data. */
    public boolean succeeded() {
        return failure.isEmpty();
    }

    /** Returns a one-line description such as {@code yahoo history SPY …: rate limited (HTTP 429)}. */
    public String describe() {
        return provider + " " + request + ": " + failure.map(k -> k.name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ') + " (" + message + ")").orElse(fromCache ? "ok (cache)" : "ok");
    }
}
