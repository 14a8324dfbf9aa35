package dev.tradescope.config;

import java.time.Duration;
import java.util.Objects;

/**
 * Holds the limits over all providers together ({@code limits.*} in {@code tradescope.yaml}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param callsPerMinute at most this many external calls per minute over all providers
 * @param maxInFlight    at most this many external calls at the same time over all providers
 * @param maxWait        the longest a call may wait for a rate-limit token or a {@code Retry-After};
 *                       a longer wait gives up as rate limited
 * @param retryAttempts  how many times a call is tried in all (1 = no retry)
 */
public record GlobalLimits(int callsPerMinute, int maxInFlight, Duration maxWait, int retryAttempts) {

    /** The default cap over all providers: 20 calls per minute. */
    public static final int DEFAULT_CALLS_PER_MINUTE = 20;
    /** The default bound on concurrent calls over all providers: 5. */
    public static final int DEFAULT_MAX_IN_FLIGHT = 5;
    /** The default bound on waiting for a token or a Retry-After: 60 seconds. */
    public static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(60);
    /** The default number of tries of one call: 3. */
    public static final int DEFAULT_RETRY_ATTEMPTS = 3;

    /** Validates the limits. */
    public GlobalLimits {
        Objects.requireNonNull(maxWait, "maxWait");
        if (callsPerMinute <= 0) {
            throw new IllegalArgumentException("limits.calls-per-minute: must be positive, was " + callsPerMinute);
        }
        if (maxInFlight <= 0) {
            throw new IllegalArgumentException("limits.max-in-flight: must be positive, was " + maxInFlight);
        }
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException("limits.max-wait: must not be negative, was " + maxWait);
        }
        if (retryAttempts < 1 || retryAttempts > 10) {
            throw new IllegalArgumentException("limits.retry-attempts: must be 1 to 10, was " + retryAttempts);
        }
    }

    /** Returns the defaults: 20 calls a minute, 5 in flight, 60 s maximum wait, 3 tries. */
    public static GlobalLimits defaults() {
        return new GlobalLimits(DEFAULT_CALLS_PER_MINUTE, DEFAULT_MAX_IN_FLIGHT, DEFAULT_MAX_WAIT, DEFAULT_RETRY_ATTEMPTS);
    }
}
