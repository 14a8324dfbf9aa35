package dev.tradescope.cache;

import dev.tradescope.cache.CacheStats.Event;
import dev.tradescope.marketdata.CompanyProfileRequest;
import dev.tradescope.marketdata.CompanyProfiles;
import dev.tradescope.marketdata.CompanyProfilesRequest;
import dev.tradescope.marketdata.DataKind;
import dev.tradescope.marketdata.MarketData;
import dev.tradescope.marketdata.MarketDataRequest;
import dev.tradescope.marketdata.MarketDataSource;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.support.Result;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Answers requests from the cache and asks the wrapped source only on a miss: look up, fetch,
 * store successes (never failures). When the fetch fails, an expired entry within the stale window
 * is served, marked stale with its age. Concurrent requests for one key share one load (single
 * flight); across processes a per-key file lock makes the second process wait and then read the
 * cache. No lock is held in this process while the wrapped source works: waiters wait on the
 * shared future only.
 *
 * <p>A call for several profiles ({@link CompanyProfilesRequest}) is not cached as such: it goes to
 * the wrapped source, and each profile it returns is stored under its own single-profile key, which
 * is where later runs look.
 *
 * <p>This class is thread-safe.
 */
public final class CachingSource implements MarketDataSource {
    private final MarketDataSource delegate;
    private final TieredCache cache;
    private final ConcurrentMap<CacheKey, CompletableFuture<Result<?>>> inFlight = new ConcurrentHashMap<>();

    /** Wraps a source with a cache. */
    public CachingSource(MarketDataSource delegate, TieredCache cache) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    @Override
    public ProviderId provider() {
        return delegate.provider();
    }

    @Override
    public boolean supports(DataKind kind) {
        return delegate.supports(kind);
    }

    @Override
    public int maxBatch(DataKind kind) {
        return delegate.maxBatch(kind);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Result<MarketData<T>> fetch(MarketDataRequest<T> request) {
        if (!delegate.supports(request.kind())) {
            return delegate.fetch(request);
        }
        if (request instanceof CompanyProfilesRequest profiles) {
            return (Result<MarketData<T>>) (Result<?>) fetchProfiles(profiles);
        }
        CacheKey key = CacheKey.of(delegate.provider(), request);
        Optional<CacheLookup> found = cache.lookup(key);
        Optional<MarketData<T>> fresh = found.filter(CacheLookup::fresh).flatMap(hit -> serve(hit, request, false));
        return fresh.<Result<MarketData<T>>>map(Result::ok).orElseGet(() -> loadShared(key, request));
    }

    @SuppressWarnings("unchecked")
    private <T> Result<MarketData<T>> loadShared(CacheKey key, MarketDataRequest<T> request) {
        CompletableFuture<Result<?>> mine = new CompletableFuture<>();
        CompletableFuture<Result<?>> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return (Result<MarketData<T>>) running.join();
        }
        try {
            Result<MarketData<T>> result = loadUnderLock(key, request);
            mine.complete(result);
            return result;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    private <T> Result<MarketData<T>> loadUnderLock(CacheKey key, MarketDataRequest<T> request) {
        KeyLocks.Held held = cache.locks().acquire(key);
        try {
            Optional<CacheLookup> found = cache.lookup(key, false);
            Optional<MarketData<T>> fresh = found.filter(CacheLookup::fresh).flatMap(hit -> serve(hit, request, false));
            if (fresh.isPresent()) {
                return Result.ok(fresh.get());
            }
            return load(key, request, found);
        } finally {
            held.close();
        }
    }

    private <T> Result<MarketData<T>> load(CacheKey key, MarketDataRequest<T> request, Optional<CacheLookup> expired) {
        cache.stats().increment(key.provider(), CacheStats.SOURCE, Event.LOAD);
        Result<MarketData<T>> result = delegate.fetch(request);
        if (result.isOk()) {
            store(key, request, result.getValue());
            return result;
        }
        cache.stats().increment(key.provider(), CacheStats.SOURCE, Event.LOAD_FAILURE);
        return serveStale(expired, request).<Result<MarketData<T>>>map(Result::ok).orElse(result);
    }

    private Result<MarketData<CompanyProfiles>> fetchProfiles(CompanyProfilesRequest request) {
        Result<MarketData<CompanyProfiles>> result = delegate.fetch(request);
        result.findValue().ifPresent(answer -> answer.value().bySymbol().forEach((symbol, profile) -> {
            CompanyProfileRequest single = new CompanyProfileRequest(symbol);
            store(CacheKey.of(delegate.provider(), single), single, new MarketData<>(profile, answer.provenance()));
        }));
        return result;
    }

    private <T> void store(CacheKey key, MarketDataRequest<T> request, MarketData<T> answer) {
        cache.store(cache.entryOf(key, request, answer));
        cache.noteStored(key.provider(), request);
    }

    private <T> Optional<MarketData<T>> serveStale(Optional<CacheLookup> expired, MarketDataRequest<T> request) {
        Instant now = cache.clock().instant();
        Optional<MarketData<T>> stale = expired.filter(e -> e.entry().isServableStaleAt(now, cache.maxStale()))
                .flatMap(e -> serve(e, request, true));
        stale.ifPresent(s -> cache.stats().increment(provider(), CacheStats.SOURCE, Event.STALE_SERVE));
        return stale;
    }

    // Decodes a cached payload; one that no longer fits the answer type is dropped and counts as a miss.
    private <T> Optional<MarketData<T>> serve(CacheLookup found, MarketDataRequest<T> request, boolean stale) {
        CacheEntry entry = found.entry();
        try {
            MarketData<T> data = PayloadCodec.decode(entry.payload(), request.answerType());
            return Optional.of(data.withProvenance(data.provenance()
                    .withCacheServe(entry.ageAt(cache.clock().instant()), stale)));
        } catch (CorruptEntryException e) {
            return Optional.empty();
        }
    }
}
