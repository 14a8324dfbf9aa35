package dev.tradescope.cache;

import dev.tradescope.marketdata.MarketDataRequest;
import dev.tradescope.marketdata.PriceHistoryRequest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * Decides the TTL class of a request and when an entry of that class expires. Daily history of a
 * window that ended before today (in New York) never expires; history that includes today expires
 * at the next market close (16:00 America/New_York on a weekday; holidays are not modelled).
 * Overrides by TTL-class id replace the defaults with a fixed duration.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TtlPolicy {
    /** The market time zone used for "today" and for the market close. */
    public static final ZoneId MARKET_ZONE = ZoneId.of("America/New_York");
    /** The market close in {@link #MARKET_ZONE}. */
    public static final LocalTime MARKET_CLOSE = LocalTime.of(16, 0);

    private final Map<TtlClass, Duration> overrides;

    private TtlPolicy(Map<TtlClass, Duration> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    /** Builds the default policy. */
    public static TtlPolicy defaults() {
        return new TtlPolicy(Map.of());
    }

    /**
     * Builds a policy whose TTLs are overridden by TTL-class id ({@code quote}, {@code history-open}...).
     *
     * @throws IllegalArgumentException naming the unknown id or the negative duration
     */
    public static TtlPolicy withOverrides(Map<String, Duration> byClassId) {
        Map<TtlClass, Duration> overrides = new java.util.EnumMap<>(TtlClass.class);
        byClassId.forEach((id, ttl) -> overrides.put(classOf(id), checkTtl(id, ttl)));
        return new TtlPolicy(overrides);
    }

    private static TtlClass classOf(String id) {
        return TtlClass.findById(id).orElseThrow(() -> new IllegalArgumentException("cache.ttl." + id
                + ": unknown TTL class; valid: " + java.util.Arrays.toString(TtlClass.values())));
    }

    private static Duration checkTtl(String id, Duration ttl) {
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("cache.ttl." + id + ": must not be negative, was " + ttl);
        }
        return ttl;
    }

    /** Returns the TTL class of a request asked at the given instant. */
    public TtlClass classify(MarketDataRequest<?> request, Instant at) {
        return switch (request.kind()) {
            case QUOTE -> TtlClass.QUOTE;
            case PRICE_HISTORY -> classifyHistory((PriceHistoryRequest) request, at);
            case ECONOMIC_SERIES -> TtlClass.SERIES;
            case COMPANY_PROFILE -> TtlClass.PROFILE;
            case CRYPTO_PRICE -> TtlClass.CRYPTO;
            case IMF_INDICATOR -> TtlClass.IMF;
        };
    }

    private static TtlClass classifyHistory(PriceHistoryRequest request, Instant at) {
        LocalDate today = at.atZone(MARKET_ZONE).toLocalDate();
        return request.to().isBefore(today) ? TtlClass.HISTORY_CLOSED : TtlClass.HISTORY_OPEN;
    }

    /** Returns when an entry of the class stored at the instant expires; empty means never. */
    public Optional<Instant> expiresAt(TtlClass ttlClass, Instant storedAt) {
        Duration override = overrides.get(ttlClass);
        if (override != null) {
            return Optional.of(storedAt.plus(override));
        }
        if (ttlClass == TtlClass.HISTORY_OPEN) {
            return Optional.of(nextMarketClose(storedAt));
        }
        return ttlClass.defaultTtl().map(storedAt::plus);
    }

    /** Returns the first weekday market close strictly after the instant. */
    public static Instant nextMarketClose(Instant after) {
        ZonedDateTime local = after.atZone(MARKET_ZONE);
        ZonedDateTime close = local.toLocalDate().atTime(MARKET_CLOSE).atZone(MARKET_ZONE);
        while (!close.isAfter(local) || isWeekend(close.getDayOfWeek())) {
            close = close.toLocalDate().plusDays(1).atTime(MARKET_CLOSE).atZone(MARKET_ZONE);
        }
        return close.toInstant();
    }

    private static boolean isWeekend(DayOfWeek day) {
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
