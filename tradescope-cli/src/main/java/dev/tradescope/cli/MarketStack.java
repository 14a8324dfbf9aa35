package dev.tradescope.cli;

import dev.tradescope.cache.TieredCache;
import dev.tradescope.config.TradescopeConfig;
import dev.tradescope.discovery.MarketDataAccess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * Opens the market data stack of one command: the cache and, over it, the provider chains
 * (chain → cache → resilience → vendor). Every command that reads market data goes through it.
 */
public final class MarketStack implements AutoCloseable {
    private final Optional<TieredCache> cache;
    private final Wiring wiring;

    private MarketStack(Optional<TieredCache> cache, Wiring wiring) {
        this.cache = cache;
        this.wiring = wiring;
    }

    /**
     * Opens the cache and builds the provider chains over it. An offline run with no cache folder
     * and no Redis has nothing to read from a cache and nothing to store in one: it opens none.
     */
    public static MarketStack open(TradescopeConfig config, Path workspace, Clock clock) {
        boolean nothingCached = config.marketData().offline() && config.cache().redisUri().isEmpty()
                && !Files.isDirectory(config.cache().resolveDir(workspace));
        if (nothingCached) {
            return new MarketStack(Optional.empty(), Wiring.create(config, workspace, clock));
        }
        TieredCache cache = Wiring.openCache(config.cache(), workspace, clock);
        DaemonThread.start("tradescope-cache-prepare", TieredCache::prepare);
        try {
            return new MarketStack(Optional.of(cache), Wiring.create(config, workspace, clock, cache::decorate));
        } catch (RuntimeException e) {
            cache.close();
            throw e;
        }
    }

    /** Returns the provider chains. */
    public Wiring wiring() {
        return wiring;
    }


    /** Returns what a discovery needs of this stack. */
    public MarketDataAccess access() {
        return new MarketDataAccess(wiring.local(), wiring.marketData(), cache,
                kind -> wiring.config().marketData().chains().getOrDefault(kind, java.util.List.of()), wiring::isUsable,
                wiring::providerStats, wiring::findProvider, wiring.config().marketData());
    }

    @Override
    public void close() {
        try {
            wiring.close();
        } finally {
            cache.ifPresent(TieredCache::close);
        }
    }
}
