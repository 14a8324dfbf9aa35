package dev.tradescope.cli;

import dev.tradescope.cache.CacheStats;
import dev.tradescope.cache.CacheTier;
import dev.tradescope.cache.DiskCacheTier;
import dev.tradescope.cache.MemoryCacheTier;
import dev.tradescope.cache.RedisCacheTier;
import dev.tradescope.cache.TieredCache;
import dev.tradescope.cache.TtlPolicy;
import dev.tradescope.config.CacheSettings;
import dev.tradescope.config.GlobalLimits;
import dev.tradescope.config.MarketDataSettings;
import dev.tradescope.config.ProviderSettings;
import dev.tradescope.config.Secret;
import dev.tradescope.config.TradescopeConfig;
import dev.tradescope.http.AttemptingSource;
import dev.tradescope.http.HttpFetcher;
import dev.tradescope.http.ProviderClient;
import dev.tradescope.http.Redactor;
import dev.tradescope.marketdata.DataKind;
import dev.tradescope.marketdata.FallbackSource;
import dev.tradescope.marketdata.MarketDataSource;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.marketdata.alphavantage.AlphaVantageSource;
import dev.tradescope.marketdata.coingecko.CoinGeckoSource;
import dev.tradescope.marketdata.fmp.FmpSource;
import dev.tradescope.marketdata.fred.FredSource;
import dev.tradescope.marketdata.imf.ImfSource;
import dev.tradescope.marketdata.local.LocalFileSource;
import dev.tradescope.marketdata.secedgar.SecEdgarSource;
import dev.tradescope.marketdata.yahoo.YahooSource;
import dev.tradescope.resilience.FileQuotaLedger;
import dev.tradescope.resilience.LocalBucketStore;
import dev.tradescope.resilience.ProviderStats;
import dev.tradescope.resilience.RedisBucketStore;
import dev.tradescope.resilience.RedisQuotaLedger;
import dev.tradescope.resilience.ResiliencePolicy;
import dev.tradescope.resilience.ResilientSource;
import dev.tradescope.resilience.SharedResilience;
import dev.tradescope.resilience.Sleeper;
import io.github.bucket4j.TimeMeter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Builds the market data stack of one run from the configuration: the composition root, and the
 * only class that names concrete vendor, tier or Redis classes.
 *
 * <pre>
 * FallbackSource (chain per data kind, records every try)
 *   └─ per provider: cacheDecorator( ResilientSource( VendorSource ) )     local: LocalFileSource
 * </pre>
 *
 * <p>The cache plugs in through {@code cacheDecorator}: it is applied to each HTTP provider's
 * resilient source, between the chain and the resilience layer (local files are read directly:
 * they are local already, and a cached copy would hide edits). Offline, or for a
 * disabled provider, no HTTP source is built. With {@code cache.redis.uri} the rate-limit buckets
 * and daily quotas live in Redis; otherwise buckets are per process and quotas are kept in
 * {@code <cache root>/quota/<provider>.json}.
 */
public final class Wiring implements AutoCloseable {
    private final TradescopeConfig config;
    private final Clock clock;
    private final Map<ProviderId, ResilientSource> resilient = new EnumMap<>(ProviderId.class);
    private final Map<ProviderId, MarketDataSource> decorated = new EnumMap<>(ProviderId.class);
    private final Optional<SharedResilience> shared;
    private final LocalFileSource local;
    private final FallbackSource fallback;

    private Wiring(TradescopeConfig config, Path workspace, Clock clock, Sleeper sleeper,
                   UnaryOperator<MarketDataSource> cacheDecorator) {
        this.config = config;
        this.clock = clock;
        MarketDataSettings market = config.marketData();
        this.shared = market.offline() ? Optional.empty() : Optional.of(sharedResilience(workspace, sleeper));
        shared.ifPresent(s -> buildHttpSources(s, cacheDecorator, workspace));
        this.local = new LocalFileSource(workspace, clock);
        if (config.marketData().provider(ProviderId.LOCAL).enabled()) {
            decorated.put(ProviderId.LOCAL, local);
        }
        this.fallback = new FallbackSource(chains(), clock);
    }

    /** Builds the stack without a cache decorator. */
    public static Wiring create(TradescopeConfig config, Path workspace, Clock clock) {
        return create(config, workspace, clock, UnaryOperator.identity());
    }

    /**
     * Builds the stack with a cache decorator applied to each provider's source, between the
     * fallback chain and the resilience layer (the seam where the caching decorator plugs in).
     */
    public static Wiring create(TradescopeConfig config, Path workspace, Clock clock,
                                UnaryOperator<MarketDataSource> cacheDecorator) {
        return new Wiring(config, workspace, clock, Sleeper.system(), cacheDecorator);
    }

    /** Builds the stack with an injected sleeper (tests and benchmarks). */
    static Wiring create(TradescopeConfig config, Path workspace, Clock clock, Sleeper sleeper,
                         UnaryOperator<MarketDataSource> cacheDecorator) {
        return new Wiring(config, workspace, clock, sleeper, cacheDecorator);
    }

    /** Returns the source that answers every kind through its fallback chain. */
    public FallbackSource marketData() {
        return fallback;
    }

    /** Finds the (cache-decorated) source of one provider, when it is built (enabled, online or local). */
    public Optional<MarketDataSource> findProvider(ProviderId id) {
        return Optional.ofNullable(decorated.get(id));
    }

    /**
     * Opens the cache a workspace's settings describe: memory (Caffeine), disk at
     * {@link CacheSettings#resolveDir(Path)}, and Redis when {@code cache.redis.uri} is set.
     */
    public static TieredCache openCache(CacheSettings settings, Path workspace, Clock clock) {
        CacheStats stats = new CacheStats();
        Path root = settings.resolveDir(workspace);
        List<CacheTier> tiers = new ArrayList<>();
        tiers.add(new MemoryCacheTier(settings.memorySizeBytes(), settings.maxStale(), clock, stats));
        tiers.add(new DiskCacheTier(root, settings.diskSizeBytes(), clock, stats));
        settings.redisUri().ifPresent(uri -> tiers.add(RedisCacheTier.connect(uri,
                settings.redisNamespace().map(RedisCacheTier::keyPrefixOfNamespace)
                        .orElseGet(() -> RedisCacheTier.keyPrefixOf(workspace)), settings.maxStale(), clock, stats)));
        return new TieredCache(tiers, TtlPolicy.withOverrides(settings.ttlOverrides()), settings.maxStale(),
                Optional.of(root), clock, stats);
    }

    /** Returns the workspace's local file source (never cached). */
    public MarketDataSource local() {
        return local;
    }

    /**
     * Tells whether a provider may be asked in this run: online, enabled, and holding what it needs
     * (an API key for Alpha Vantage, FMP and FRED; a User-Agent for SEC EDGAR).
     */
    public boolean isUsable(ProviderId id) {
        return resilient.containsKey(id) && hasCredentials(config.marketData().provider(id));
    }

    /** Tells whether any provider has an API key or User-Agent configured. */
    public static boolean hasAnyCredential(TradescopeConfig config) {
        return config.marketData().providers().values().stream()
                .anyMatch(p -> p.apiKey().isPresent() || (p.id() == ProviderId.SECEDGAR && p.userAgent().isPresent()));
    }

    private static boolean hasCredentials(ProviderSettings s) {
        switch (s.id()) {
            case ALPHAVANTAGE:
            case FMP:
            case FRED:
                return s.apiKey().isPresent();
            case SECEDGAR:
                return s.userAgent().isPresent();
            default:
                return true;
        }
    }

    /** Finds the resilient source of one HTTP provider (for health probes and stats). */
    public Optional<ResilientSource> findResilient(ProviderId id) {
        return Optional.ofNullable(resilient.get(id));
    }

    /** Returns a snapshot of every HTTP provider's stats for the run report, in provider order. */
    public List<ProviderStats> providerStats() {
        return resilient.values().stream().map(ResilientSource::stats).toList();
    }

    /** Returns the configuration this stack was built from. */
    public TradescopeConfig config() {
        return config;
    }

    /** Returns the clock of this run. */
    public Clock clock() {
        return clock;
    }

    @Override
    public void close() {
        shared.ifPresent(SharedResilience::close);
    }

    private SharedResilience sharedResilience(Path workspace, Sleeper sleeper) {
        GlobalLimits limits = config.marketData().limits();
        Optional<URI> redis = config.cache().redisUri();
        if (redis.isEmpty()) {
            return new SharedResilience(limits, new LocalBucketStore(timeMeter(clock)),
                    new FileQuotaLedger(config.cache().resolveDir(workspace).resolve("quota")), clock, sleeper);
        }
        try {
            return new SharedResilience(limits, RedisBucketStore.connect(redis.get()),
                    RedisQuotaLedger.connect(redis.get()), clock, sleeper);
        } catch (RuntimeException e) {
            // the URI may hold a password: name only host and port
            throw new IllegalStateException("cannot connect to Redis at " + redis.get().getHost() + ":"
                    + redis.get().getPort() + " (cache.redis.uri) for the shared rate limits", e);
        }
    }

    private void buildHttpSources(SharedResilience run, UnaryOperator<MarketDataSource> cacheDecorator, Path workspace) {
        MarketDataSettings market = config.marketData();
        Path cacheRoot = config.cache().resolveDir(workspace);
        HttpFetcher fetcher = HttpFetcher.create(market.http().connectTimeout(), market.http().userAgent(), redactor());
        for (ProviderId id : ProviderId.values()) {
            ProviderSettings settings = market.provider(id);
            if (id == ProviderId.LOCAL || !settings.enabled()) {
                continue;
            }
            ProviderClient client = new ProviderClient(id, fetcher, clock, settings.timeout());
            ResilientSource source = new ResilientSource(vendor(settings, client, cacheRoot), ResiliencePolicy.of(settings,
                    market.limits()), run);
            resilient.put(id, source);
            decorated.put(id, cacheDecorator.apply(source));
        }
    }

    private static AttemptingSource vendor(ProviderSettings s, ProviderClient client, Path cacheRoot) {
        Optional<String> key = s.apiKey().map(Secret::reveal);
        return switch (s.id()) {
            case YAHOO -> new YahooSource(client, s.baseUrl());
            case ALPHAVANTAGE -> new AlphaVantageSource(client, s.baseUrl(), key);
            case FMP -> new FmpSource(client, s.baseUrl(), key);
            case SECEDGAR -> new SecEdgarSource(client, s.baseUrl(), secFilesUrl(s), s.userAgent())
                    .withTickerFile(cacheRoot.resolve("secedgar").resolve("company_tickers.json"));
            case FRED -> new FredSource(client, s.baseUrl(), key);
            case COINGECKO -> new CoinGeckoSource(client, s.baseUrl(), key);
            case IMF -> new ImfSource(client, s.baseUrl());
            case LOCAL -> throw new IllegalArgumentException("local is not an HTTP provider");
        };
    }

    // SEC serves the ticker table from www.sec.gov; a configured base URL (tests) serves both.
    private static URI secFilesUrl(ProviderSettings s) {
        return s.baseUrl().equals(ProviderSettings.defaults(ProviderId.SECEDGAR).baseUrl())
                ? SecEdgarSource.DEFAULT_FILES_URL : s.baseUrl();
    }

    private Redactor redactor() {
        List<String> secrets = new ArrayList<>();
        config.marketData().providers().values().forEach(p -> p.apiKey().ifPresent(k -> secrets.add(k.reveal())));
        config.cache().redisUri().map(URI::getUserInfo).ifPresent(secrets::add);
        return Redactor.of(secrets);
    }

    private Map<DataKind, List<MarketDataSource>> chains() {
        Map<DataKind, List<MarketDataSource>> chains = new EnumMap<>(DataKind.class);
        config.marketData().chains().forEach((kind, ids) -> {
            List<MarketDataSource> chain = new ArrayList<>();
            List<ProviderId> order = config.marketData().offline() ? List.of(ProviderId.LOCAL) : ids;
            order.forEach(id -> findProvider(id).filter(s -> s.supports(kind)).ifPresent(chain::add));
            chains.put(kind, chain);
        });
        return chains;
    }

    private static TimeMeter timeMeter(Clock clock) {
        Objects.requireNonNull(clock, "clock");
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }
}
