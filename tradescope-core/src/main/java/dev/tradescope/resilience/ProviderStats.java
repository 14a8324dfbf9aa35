package dev.tradescope.resilience;

import dev.tradescope.marketdata.ProviderId;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Holds a snapshot of what one provider did in this run, for the run report.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param provider       the provider
 * @param attempted      requests asked of it (each may make several HTTP calls)
 * @param calls          HTTP calls made (first tries and retries)
 * @param succeeded      requests answered with data
 * @param rateLimited    requests that ended rate limited (by the provider or by a local limit)
 * @param failed         requests that ended with another failure (unavailable, no data, invalid)
 * @param retries        retries made
 * @param waited         time spent waiting for tokens, backoff and Retry-After
 * @param quotaLeftToday calls left of the per-day quota, when the provider has one
 * @param breakerState   the circuit breaker's state: CLOSED, OPEN, HALF_OPEN
 */
public record ProviderStats(ProviderId provider, long attempted, long calls, long succeeded, long rateLimited,
                            long failed, long retries, Duration waited, OptionalLong quotaLeftToday,
                            String breakerState) {

    /** Validates the components. */
    public ProviderStats {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(waited, "waited");
        Objects.requireNonNull(quotaLeftToday, "quotaLeftToday");
        Objects.requireNonNull(breakerState, "breakerState");
    }

    /** Returns the waited time in seconds, for reports. */
    public double waitedSeconds() {
        return waited.toNanos() / 1e9;
    }
}
