package dev.tradescope.cache;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Names the classes of cached data that share one time-to-live; the id is what configuration uses. */
public enum TtlClass {
    /** Latest prices: 15 minutes. */
    QUOTE("quote", Optional.of(Duration.ofMinutes(15))),
    /** Daily history of a window that ended before today: it cannot change, so it never expires. */
    HISTORY_CLOSED("history-closed", Optional.empty()),
    /** Daily history that includes today: until the next market close (no fixed duration). */
    HISTORY_OPEN("history-open", Optional.empty()),
    /** Economic series: 2 hours. */
    SERIES("series", Optional.of(Duration.ofHours(2))),
    /** Company profile and sector: 7 days. */
    PROFILE("profile", Optional.of(Duration.ofDays(7))),
    /** Fundamentals: 1 day. */
    FUNDAMENTALS("fundamentals", Optional.of(Duration.ofDays(1))),
    /** Crypto spot prices: 5 minutes. */
    CRYPTO("crypto", Optional.of(Duration.ofMinutes(5))),
    /** IMF indicators (published a few times a year): 1 day. */
    IMF("imf", Optional.of(Duration.ofDays(1)));

    private final String id;
    private final Optional<Duration> defaultTtl;

    TtlClass(String id, Optional<Duration> defaultTtl) {
        this.id = id;
        this.defaultTtl = defaultTtl;
    }

    /** Returns the lower-case id used in configuration ({@code cache.ttl.<id>}) and entry envelopes. */
    public String id() {
        return id;
    }

    /** Returns the fixed default TTL, empty for the classes whose expiry is not a fixed duration. */
    public Optional<Duration> defaultTtl() {
        return defaultTtl;
    }

    /** Finds the class with this id, ignoring case. */
    public static Optional<TtlClass> findById(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.id.equals(wanted)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
