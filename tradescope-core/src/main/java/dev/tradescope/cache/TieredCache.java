package dev.tradescope.cache;

import dev.tradescope.cache.CacheStats.Event;
import dev.tradescope.config.CacheSettings;
import dev.tradescope.marketdata.MarketData;
import dev.tradescope.marketdata.MarketDataRequest;
import dev.tradescope.marketdata.MarketDataSource;
import dev.tradescope.marketdata.EconomicSeries;
import dev.tradescope.marketdata.PriceSeries;
import dev.tradescope.marketdata.ProviderId;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads through the tiers in order (memory → disk → redis); a fresh entry found in a lower tier
 * fills the upper ones. Knows the TTL policy and the stale window, and counts hits and misses per
 * tier. Build it with {@link #open(CacheSettings, Path, Clock)} and wrap sources with
 * {@link #decorate(MarketDataSource)}.
 *
 * <p>This class is thread-safe.
 */
public final class TieredCache implements AutoCloseable {
    private final List<CacheTier> tiers;
    private final TtlPolicy policy;
    private final Duration maxStale;
    private final KeyLocks locks;
    private final Optional<HistoryWindows> windows;
    private final Clock clock;
    private final CacheStats stats;

    /**
     * Builds a cache over the given tiers, first tier first.
     *
     * @param tiers    the tiers in read order
     * @param policy   the TTL policy
     * @param maxStale how long past its expiry an entry may be served when a fetch fails
     * @param diskRoot the disk cache root, if any: it holds the cross-process key locks and the index of
     *                 cached history windows
     * @param clock    the time source
     * @param stats    where events are counted (shared with the tiers)
     */
    public TieredCache(List<CacheTier> tiers, TtlPolicy policy, Duration maxStale, Optional<Path> diskRoot,
                       Clock clock, CacheStats stats) {
        this.tiers = List.copyOf(tiers);
        this.policy = Objects.requireNonNull(policy, "policy");
        this.maxStale = Objects.requireNonNull(maxStale, "maxStale");
        this.locks = new KeyLocks(diskRoot.map(root -> root.resolve(DiskLayout.LOCKS)), KeyLocks.DEFAULT_MAX_WAIT);
        this.windows = diskRoot.map(HistoryWindows::new);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.stats = Objects.requireNonNull(stats, "stats");
    }

    /** Wraps a source so that its answers go through this cache. */
    public MarketDataSource decorate(MarketDataSource delegate) {
        return new CachingSource(delegate, this);
    }

    /** Finds the freshest entry of a key: the first fresh one, else the newest expired one; counts hits and misses. */
    public Optional<CacheLookup> lookup(CacheKey key) {
        return lookup(key, true);
    }

    Optional<CacheLookup> lookup(CacheKey key, boolean countMisses) {
        Instant now = clock.instant();
        CacheLookup expired = null;
        for (int i = 0; i < tiers.size(); i++) {
            CacheTier tier = tiers.get(i);
            Optional<CacheEntry> found = tier.find(key);
            if (found.isPresent() && found.get().isFreshAt(now)) {
                stats.increment(key.provider(), tier.name(), Event.HIT);
                fill(i, found.get());
                return Optional.of(new CacheLookup(found.get(), tier.name(), true));
            }
            if (countMisses) {
                stats.increment(key.provider(), tier.name(), Event.MISS);
            }
            if (found.isPresent() && (expired == null || found.get().storedAt().isAfter(expired.entry().storedAt()))) {
                expired = new CacheLookup(found.get(), tier.name(), false);
            }
        }
        return Optional.ofNullable(expired);
    }

    private void fill(int foundAt, CacheEntry entry) {
        for (int i = 0; i < foundAt; i++) {
            tiers.get(i).put(entry);
        }
    }

    /**
     * Finds a cached answer without loading anything: a fresh one (counted as a hit), else an expired
     * one still within the maximum staleness, marked stale with its age. Misses are not counted here;
     * the load that follows counts them.
     */
    public <T> Optional<MarketData<T>> peek(ProviderId provider, MarketDataRequest<T> request) {
        Optional<MarketData<T>> exact = peekExact(provider, request);
        Optional<HistoryWindows.Window> wanted = HistoryWindows.Window.of(request);
        if (exact.isPresent() || wanted.isEmpty() || windows.isEmpty()) {
            return exact;
        }
        for (HistoryWindows.Window wider : windows.get().covering(provider, wanted.get())) {
            Optional<? extends MarketData<?>> found = peekExact(provider, wider.toRequest());
            if (found.isPresent()) {
                Object slice = slice(found.get().value(), wanted.get());
                return Optional.of(new MarketData<>(request.answerType().cast(slice), found.get().provenance()));
            }
        }
        return Optional.empty();
    }

    private static Object slice(Object value, HistoryWindows.Window window) {
        if (value instanceof PriceSeries series) {
            return series.slice(window.from(), window.to());
        }
        EconomicSeries series = (EconomicSeries) value;
        return new EconomicSeries(series.seriesId(), series.observations().stream()
                .filter(o -> !o.date().isBefore(window.from()) && !o.date().isAfter(window.to())).toList(),
                series.missingCount());
    }

    // Records that a ranged answer is now cached, so that windows inside it can be served from it.
    void noteStored(ProviderId provider, MarketDataRequest<?> request) {
        HistoryWindows.Window.of(request).ifPresent(window -> windows.ifPresent(w -> w.record(provider, window)));
    }

    private <T> Optional<MarketData<T>> peekExact(ProviderId provider, MarketDataRequest<T> request) {
        CacheKey key = CacheKey.of(provider, request);
        Instant now = clock.instant();
        Optional<CacheLookup> found = lookup(key, false);
        if (found.isEmpty() || !(found.get().fresh() || found.get().entry().isServableStaleAt(now, maxStale))) {
            return Optional.empty();
        }
        CacheEntry entry = found.get().entry();
        try {
            MarketData<T> data = PayloadCodec.decode(entry.payload(), request.answerType());
            return Optional.of(data.withProvenance(data.provenance().withCacheServe(entry.ageAt(now),
                    !found.get().fresh())));
        } catch (CorruptEntryException e) {
            return Optional.empty();
        }
    }

    /** Stores an entry in every tier. */
    public void store(CacheEntry entry) {
        tiers.forEach(tier -> tier.put(entry));
    }

    /** Builds the entry of a fresh answer, stored now under the request's TTL class. */
    <T> CacheEntry entryOf(CacheKey key, MarketDataRequest<T> request, MarketData<T> answer) {
        Instant now = clock.instant();
        TtlClass ttlClass = policy.classify(request, now);
        return new CacheEntry(key, ttlClass, now, policy.expiresAt(ttlClass, now), PayloadCodec.encode(answer));
    }

    /** Returns the figures counted so far. */
    public CacheStatsSnapshot statsSnapshot() {
        return stats.snapshot();
    }

    /** Returns whether each tier is in use and, if not, why. */
    public List<TierStatus> tierStatuses() {
        return tiers.stream().map(CacheTier::status).toList();
    }

    CacheStats stats() {
        return stats;
    }

    Duration maxStale() {
        return maxStale;
    }

    Clock clock() {
        return clock;
    }

    KeyLocks locks() {
        return locks;
    }

    /**
     * Loads what a run's first lookups would otherwise load on its critical path: the payload reader of
     * the answers a discovery reads and the key digest. Meant for a background thread while the run
     * starts; it has no effect beyond loaded classes and never fails.
     */
    public static void prepare() {
        try {
            CacheKey.sha256Hex("prepare");
            PayloadReader.prepare();
        } catch (RuntimeException e) {
            // only a head start: lookups build what they need themselves
        }
    }

    @Override
    public void close() {
        tiers.forEach(CacheTier::close);
    }
}
