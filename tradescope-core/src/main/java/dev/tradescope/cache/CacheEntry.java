package dev.tradescope.cache;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Holds one cached answer: its key, TTL class, when it was stored, when it expires (empty: never)
 * and the payload, the JSON of the {@code MarketData} answer.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param key       the key
 * @param ttlClass  the TTL class the expiry was computed from
 * @param storedAt  when the answer was stored
 * @param expiresAt when the entry stops being fresh; empty means never
 * @param payload   the JSON payload
 */
public record CacheEntry(CacheKey key, TtlClass ttlClass, Instant storedAt, Optional<Instant> expiresAt,
                         String payload) {

    /** Validates that every component is present and that the expiry is not before the store time. */
    public CacheEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(ttlClass, "ttlClass");
        Objects.requireNonNull(storedAt, "storedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(payload, "payload");
        if (expiresAt.isPresent() && expiresAt.get().isBefore(storedAt)) {
            throw new IllegalArgumentException(key + ": expires at " + expiresAt.get() + " before it was stored at "
                    + storedAt);
        }
    }

    /** Tells whether the entry is still fresh at the instant. */
    public boolean isFreshAt(Instant now) {
        return expiresAt.map(now::isBefore).orElse(true);
    }

    /** Tells whether the entry may still be served stale at the instant: expired at most {@code maxStale} ago. */
    public boolean isServableStaleAt(Instant now, Duration maxStale) {
        return expiresAt.map(expiry -> !now.isAfter(expiry.plus(maxStale))).orElse(true);
    }

    /** Returns until when a tier should keep the entry: its expiry plus the stale window; empty means forever. */
    public Optional<Instant> retainUntil(Duration maxStale) {
        return expiresAt.map(expiry -> expiry.plus(maxStale));
    }

    /** Returns how old the entry is at the instant (zero if stored in its future). */
    public Duration ageAt(Instant now) {
        Duration age = Duration.between(storedAt, now);
        return age.isNegative() ? Duration.ZERO : age;
    }

    /** Returns the size of the payload in UTF-8 bytes. */
    public int payloadBytes() {
        return payload.getBytes(StandardCharsets.UTF_8).length;
    }
}
