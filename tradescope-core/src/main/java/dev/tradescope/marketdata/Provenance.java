package dev.tradescope.marketdata;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Says where a market data answer came from: which provider, when it was requested, the market
 * date of the data, whether it was served from the cache, and whether it is stale (and how old).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param provider    the provider that produced the data
 * @param requestedAt when the provider was asked
 * @param marketDate  the market date of the latest data point, if the data has one
 * @param fromCache   whether this answer was served from the cache
 * @param stale       whether the cached entry had expired and was served because a fresh fetch failed
 * @param age         how old the data is relative to the serving time, when served from the cache
 */
public record Provenance(ProviderId provider, Instant requestedAt, Optional<LocalDate> marketDate,
                         boolean fromCache, boolean stale, Optional<Duration> age) {

    /** Validates that every component is present. */
    public Provenance {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(marketDate, "marketDate");
        Objects.requireNonNull(age, "age");
        if (stale && !fromCache) {
            throw new IllegalArgumentException("only a cached answer can be stale");
        }
    }

    /** Builds the provenance of a fresh answer fetched from a provider. */
    public static Provenance fetched(ProviderId provider, Instant requestedAt, Optional<LocalDate> marketDate) {
        return new Provenance(provider, requestedAt, marketDate, false, false, Optional.empty());
    }

    /** Returns a copy marked as served from the cache, with its age and staleness. */
    public Provenance withCacheServe(Duration entryAge, boolean isStale) {
        return new Provenance(provider, requestedAt, marketDate, true, isStale, Optional.of(entryAge));
    }
}
