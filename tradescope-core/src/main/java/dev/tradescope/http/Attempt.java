package dev.tradescope.http;

import dev.tradescope.marketdata.MarketData;
import dev.tradescope.support.Failure;
import dev.tradescope.support.FailureKind;
import dev.tradescope.support.Result;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Holds the outcome of one call to a provider together with the advice the resilience layer needs:
 * whether a failure is transient (timeout, connection error, 5xx: retry with backoff) and how long
 * the provider asked to wait ({@code Retry-After}).
 *
 * <p>This class is immutable and thread-safe when its value is.
 *
 * @param result     the answer or the failure
 * @param retryable  whether trying again soon may succeed
 * @param retryAfter the wait the provider asked for, if it said
 * @param <T>        the type of the data
 */
public record Attempt<T>(Result<MarketData<T>> result, boolean retryable, Optional<Duration> retryAfter) {

    /** Validates the components. */
    public Attempt {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** Builds a successful attempt. */
    public static <T> Attempt<T> ok(MarketData<T> data) {
        return new Attempt<>(Result.ok(data), false, Optional.empty());
    }

    /** Builds a final failure: trying again will not help. */
    public static <T> Attempt<T> failed(Failure failure) {
        return new Attempt<>(Result.failed(failure), false, Optional.empty());
    }

    /** Builds a transient failure, with the wait the provider asked for, if any. */
    public static <T> Attempt<T> transientFailure(Failure failure, Optional<Duration> retryAfter) {
        return new Attempt<>(Result.failed(failure), true, retryAfter);
    }

    /** Builds a rate-limited failure with the wait the provider asked for, if any. */
    public static <T> Attempt<T> rateLimited(Failure failure, Optional<Duration> retryAfter) {
        return new Attempt<>(Result.failed(failure), false, retryAfter);
    }

    /** Finds the kind of failure, if this attempt failed. */
    public Optional<FailureKind> findFailureKind() {
        return result.findFailure().map(Failure::kind);
    }
}
