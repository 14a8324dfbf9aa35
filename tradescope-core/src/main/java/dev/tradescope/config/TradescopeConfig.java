package dev.tradescope.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Holds the whole effective configuration of a run: market data, cache and research settings,
 * and the file it was read from, if any. Build it with {@link ConfigLoader}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param marketData how market data is fetched
 * @param cache      the cache settings
 * @param research   the research settings
 * @param origin     the configuration file that was read, if any
 */
public record TradescopeConfig(MarketDataSettings marketData, CacheSettings cache, ResearchSettings research,
                               Optional<Path> origin) {

    /** Validates that every component is present. */
    public TradescopeConfig {
        Objects.requireNonNull(marketData, "marketData");
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(research, "research");
        Objects.requireNonNull(origin, "origin");
    }

    /** Returns the configuration used when there is no file and no environment: every default. */
    public static TradescopeConfig defaults() {
        return new TradescopeConfig(MarketDataSettings.defaults(), CacheSettings.defaults(), ResearchSettings.defaults(),
                Optional.empty());
    }

    /** Returns a copy with other market data settings. */
    public TradescopeConfig withMarketData(MarketDataSettings other) {
        return new TradescopeConfig(other, cache, research, origin);
    }

    /** Returns a copy with other cache settings. */
    public TradescopeConfig withCache(CacheSettings other) {
        return new TradescopeConfig(marketData, other, research, origin);
    }
}
