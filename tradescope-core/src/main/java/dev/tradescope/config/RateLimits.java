package dev.tradescope.config;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Holds the request limits of one provider ({@code providers.<id>.limits.*}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param perSecond   at most this many calls per second, if limited
 * @param perMinute   at most this many calls per minute, if limited
 * @param perDay      at most this many calls per calendar day (UTC), if limited
 * @param maxInFlight at most this many calls at the same time
 */
public record RateLimits(OptionalLong perSecond, OptionalLong perMinute, OptionalLong perDay, int maxInFlight) {

    /** The default bound on concurrent calls to one provider: 2. */
    public static final int DEFAULT_MAX_IN_FLIGHT = 2;

    /** Validates that every limit is positive. */
    public RateLimits {
        Objects.requireNonNull(perSecond, "perSecond");
        Objects.requireNonNull(perMinute, "perMinute");
        Objects.requireNonNull(perDay, "perDay");
        requirePositive(perSecond, "per-second");
        requirePositive(perMinute, "per-minute");
        requirePositive(perDay, "per-day");
        if (maxInFlight <= 0) {
            throw new IllegalArgumentException("limits.max-in-flight: must be positive, was " + maxInFlight);
        }
    }

    /** Builds limits with only a per-minute bound. */
    public static RateLimits perMinute(long calls) {
        return new RateLimits(OptionalLong.empty(), OptionalLong.of(calls), OptionalLong.empty(), DEFAULT_MAX_IN_FLIGHT);
    }

    /** Returns limits with no rate bound at all (the local source). */
    public static RateLimits unlimited() {
        return new RateLimits(OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(), DEFAULT_MAX_IN_FLIGHT);
    }

    /** Returns a copy with another per-second bound. */
    public RateLimits withPerSecond(OptionalLong value) {
        return new RateLimits(value, perMinute, perDay, maxInFlight);
    }

    /** Returns a copy with another per-minute bound. */
    public RateLimits withPerMinute(OptionalLong value) {
        return new RateLimits(perSecond, value, perDay, maxInFlight);
    }

    /** Returns a copy with another per-day bound. */
    public RateLimits withPerDay(OptionalLong value) {
        return new RateLimits(perSecond, perMinute, value, maxInFlight);
    }

    /** Returns a copy with another bound on concurrent calls. */
    public RateLimits withMaxInFlight(int value) {
        return new RateLimits(perSecond, perMinute, perDay, value);
    }

    private static void requirePositive(OptionalLong limit, String name) {
        if (limit.isPresent() && limit.getAsLong() <= 0) {
            throw new IllegalArgumentException("limits." + name + ": must be positive, was " + limit.getAsLong());
        }
    }
}
