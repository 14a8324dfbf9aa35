package dev.tradescope.bench.cache;

import dev.tradescope.cache.CacheEntry;
import dev.tradescope.cache.CacheKey;
import dev.tradescope.cache.CacheStats;
import dev.tradescope.cache.DiskCacheTier;
import dev.tradescope.cache.MemoryCacheTier;
import dev.tradescope.cache.TieredCache;
import dev.tradescope.cache.TtlClass;
import dev.tradescope.cache.TtlPolicy;
import dev.tradescope.marketdata.DataKind;
import dev.tradescope.marketdata.MarketData;
import dev.tradescope.marketdata.MarketDataRequest;
import dev.tradescope.marketdata.MarketDataSource;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.marketdata.Provenance;
import dev.tradescope.marketdata.Quote;
import dev.tradescope.marketdata.QuoteRequest;
import dev.tradescope.support.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** Measures single cache operations: memory hit, disk hit, disk miss, disk put, and a cached fetch. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CacheTierBenchmark {
    private Path root;
    private MemoryCacheTier memory;
    private DiskCacheTier disk;
    private CacheKey hitKey;
    private CacheKey missKey;
    private CacheEntry entry;
    private TieredCache tiered;
    private MarketDataSource cachedSource;
    private QuoteRequest request;
    private long putCounter;

    /** Creates the tiers in a temp folder and stores the entry that the hit benchmarks read. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        root = Files.createTempDirectory("tradescope-bench-cache");
        Clock clock = Clock.systemUTC();
        CacheStats stats = new CacheStats();
        memory = new MemoryCacheTier(64L << 20, Duration.ofDays(7), clock, stats);
        disk = new DiskCacheTier(root.resolve("disk"), 512L << 20, clock, stats);
        request = new QuoteRequest("SPY");
        hitKey = CacheKey.of(ProviderId.YAHOO, request);
        missKey = CacheKey.of(ProviderId.YAHOO, new QuoteRequest("MISSING"));
        Instant now = Instant.now();
        entry = new CacheEntry(hitKey, TtlClass.QUOTE, now, Optional.of(now.plus(Duration.ofDays(1))),
                CacheFixtures.quotePayload("SPY", now));
        memory.put(entry);
        disk.put(entry);
        tiered = new TieredCache(List.of(new MemoryCacheTier(64L << 20, Duration.ofDays(7), clock, stats),
                new DiskCacheTier(root.resolve("tiered"), 512L << 20, clock, stats)), TtlPolicy.defaults(),
                Duration.ofDays(7), Optional.of(root.resolve("tiered")), clock, stats);
        cachedSource = tiered.decorate(new QuoteSource());
        cachedSource.fetch(request);
    }

    /** Removes the temp folder. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        tiered.close();
        CacheFixtures.deleteTree(root);
    }

    /** Finds a present entry in the memory tier. */
    @Benchmark
    public Optional<CacheEntry> memoryHit() {
        return memory.find(hitKey);
    }

    /** Finds a present entry in the disk tier: read, envelope and checksum check, last-use touch. */
    @Benchmark
    public Optional<CacheEntry> diskHit() {
        return disk.find(hitKey);
    }

    /** Looks up an absent entry in the disk tier. */
    @Benchmark
    public Optional<CacheEntry> diskMiss() {
        return disk.find(missKey);
    }

    /** Stores an entry in the disk tier: temp file, fsync, atomic rename, folder fsync. */
    @Benchmark
    public CacheEntry diskPut() {
        CacheKey key = CacheKey.of(ProviderId.YAHOO, new QuoteRequest("P" + (putCounter++ % 1000)));
        CacheEntry put = new CacheEntry(key, TtlClass.QUOTE, entry.storedAt(), entry.expiresAt(), entry.payload());
        disk.put(put);
        return put;
    }

    /** Answers a request through the caching source from the memory tier, decoding the JSON payload. */
    @Benchmark
    public Result<MarketData<Quote>> cachedFetchMemoryHit() {
        return cachedSource.fetch(request);
    }

    /** Answers quotes; only the setup's first fetch reaches it. */
    private static final class QuoteSource implements MarketDataSource {
        @Override
        public ProviderId provider() {
            return ProviderId.YAHOO;
        }

        @Override
        public boolean supports(DataKind kind) {
            return kind == DataKind.QUOTE;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> Result<MarketData<T>> fetch(MarketDataRequest<T> request) {
            Instant now = Instant.now();
            MarketData<Quote> data = new MarketData<>(new Quote("SPY", 512.25, OptionalDouble.of(510.0), "USD", now),
                    Provenance.fetched(ProviderId.YAHOO, now, Optional.empty()));
            return Result.ok((MarketData<T>) data);
        }
    }
}
