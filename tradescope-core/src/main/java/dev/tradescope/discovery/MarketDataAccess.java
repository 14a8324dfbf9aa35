package dev.tradescope.discovery;

import dev.tradescope.cache.CacheStatsSnapshot;
import dev.tradescope.cache.TieredCache;
import dev.tradescope.config.MarketDataSettings;
import dev.tradescope.marketdata.DataKind;
import dev.tradescope.marketdata.MarketDataSource;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.resilience.ProviderStats;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Gives a discovery what it needs of the market data stack: the local files, the provider chain,
 * the cache, which providers may be asked, and the figures for the run report. The command line's
 * composition root builds it; a library user without network builds {@link #localOnly}.
 *
 * <p>This class is immutable and thread-safe when its parts are.
 *
 * @param local         the workspace's local files
 * @param chain         every data kind through its fallback chain (cache → resilience → vendor)
 * @param cache         the run's cache, if any
 * @param chains        the provider chain of each data kind
 * @param usable        whether a provider may be asked in this run
 * @param providerStats the per-provider call figures so far
 * @param providers     each provider's own source (cache → resilience → vendor), when it is built: the
 *                      calls that carry several items at once go straight to it
 * @param settings      the providers' settings and the global limits, which the plan compares its calls with
 */
public record MarketDataAccess(MarketDataSource local, MarketDataSource chain, Optional<TieredCache> cache,
                               Function<DataKind, List<ProviderId>> chains, Predicate<ProviderId> usable,
                               Supplier<List<ProviderStats>> providerStats,
                               Function<ProviderId, Optional<MarketDataSource>> providers,
                               MarketDataSettings settings) {

    /** Validates that every part is present. */
    public MarketDataAccess {
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(chains, "chains");
        Objects.requireNonNull(usable, "usable");
        Objects.requireNonNull(providerStats, "providerStats");
        Objects.requireNonNull(providers, "providers");
        Objects.requireNonNull(settings, "settings");
    }

    /** Builds access to local files only: no cache, no provider. */
    public static MarketDataAccess localOnly(MarketDataSource local) {
        return new MarketDataAccess(local, local, Optional.empty(), kind -> List.of(ProviderId.LOCAL), p -> false,
                List::of, p -> Optional.empty(), MarketDataSettings.defaults());
    }

    /** Returns the cache figures so far (empty without a cache). */
    public CacheStatsSnapshot cacheStats() {
        return cache.map(TieredCache::statsSnapshot).orElse(new CacheStatsSnapshot(List.of()));
    }
}
