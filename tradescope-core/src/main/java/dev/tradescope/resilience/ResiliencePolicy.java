package dev.tradescope.resilience;

import dev.tradescope.config.GlobalLimits;
import dev.tradescope.config.ProviderSettings;
import dev.tradescope.config.RateLimits;
import dev.tradescope.marketdata.ProviderId;
import java.time.Duration;
import java.util.Objects;

/**
 * Holds how calls to one provider are protected: its rate limits and concurrency bound, how often
 * a call is tried, how long a call may wait in all, the first backoff and the slow-call threshold
 * of its circuit breaker.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param provider       the provider
 * @param limits         its rate limits and concurrency bound
 * @param retryAttempts  how many times a call is tried in all (1 = no retry)
 * @param maxWait        the longest one call may wait in all (tokens, backoff, Retry-After)
 * @param initialBackoff the first backoff; it doubles per retry, with ±50 % jitter
 * @param slowCall       a call slower than this counts as slow for the circuit breaker
 */
public record ResiliencePolicy(ProviderId provider, RateLimits limits, int retryAttempts, Duration maxWait,
                               Duration initialBackoff, Duration slowCall) {

    /** The default first backoff: 500 ms. */
    public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(500);
    /** The default slow-call threshold of the circuit breaker: 10 seconds. */
    public static final Duration DEFAULT_SLOW_CALL = Duration.ofSeconds(10);
    /** How long no request goes to a provider after it answered rate limited without Retry-After: 60 seconds. */
    public static final Duration DEFAULT_COOL_DOWN = Duration.ofSeconds(60);
    /** The failure rate (percent) over the last calls that opens the breaker. */
    public static final float BREAKER_FAILURE_RATE_PERCENT = 50;
    /** The number of recent calls the breaker looks at. */
    public static final int BREAKER_WINDOW_CALLS = 10;
    /** The fewest calls before the breaker may open. */
    public static final int BREAKER_MINIMUM_CALLS = 4;
    /** How long the breaker stays open before it lets trial calls through: 60 seconds. */
    public static final Duration BREAKER_OPEN_DURATION = Duration.ofSeconds(60);

    /** Validates the policy. */
    public ResiliencePolicy {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(maxWait, "maxWait");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(slowCall, "slowCall");
        if (retryAttempts < 1) {
            throw new IllegalArgumentException("retry attempts must be at least 1, was " + retryAttempts);
        }
        if (initialBackoff.isNegative() || slowCall.isNegative() || slowCall.isZero() || maxWait.isNegative()) {
            throw new IllegalArgumentException(provider + ": durations must be positive");
        }
    }

    /** Builds the policy of a provider from its settings and the global limits. */
    public static ResiliencePolicy of(ProviderSettings settings, GlobalLimits global) {
        return new ResiliencePolicy(settings.id(), settings.limits(), global.retryAttempts(), global.maxWait(),
                DEFAULT_INITIAL_BACKOFF, DEFAULT_SLOW_CALL);
    }

    /** Returns a copy with another first backoff. */
    public ResiliencePolicy withInitialBackoff(Duration backoff) {
        return new ResiliencePolicy(provider, limits, retryAttempts, maxWait, backoff, slowCall);
    }

    /** Returns a copy with another slow-call threshold. */
    public ResiliencePolicy withSlowCall(Duration threshold) {
        return new ResiliencePolicy(provider, limits, retryAttempts, maxWait, initialBackoff, threshold);
    }
}
