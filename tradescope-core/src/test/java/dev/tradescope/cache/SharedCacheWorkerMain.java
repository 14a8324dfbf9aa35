package dev.tradescope.cache;

import dev.tradescope.marketdata.DataKind;
import dev.tradescope.marketdata.MarketData;
import dev.tradescope.marketdata.MarketDataRequest;
import dev.tradescope.marketdata.MarketDataSource;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.marketdata.Quote;
import dev.tradescope.marketdata.QuoteRequest;
import dev.tradescope.support.FailureKind;
import dev.tradescope.support.Result;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;

/**
 * One of several processes sharing a cache: for a while, asks for random keys through a caching
 * source over memory and disk with a short TTL. Its source logs every fetch as
 * {@code fetch <symbol> <start-nanos> <end-nanos> <price>} (nanoTime is system-wide on Linux), and
 * every answer whose symbol or price does not fit as {@code bad ...}.
 */
public final class SharedCacheWorkerMain {
    static final int KEYS = 6;

    private SharedCacheWorkerMain() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path log = Path.of(args[1]);
        int worker = Integer.parseInt(args[2]);
        long seconds = Long.parseLong(args[3]);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(log), true)) {
            run(root, out, worker, seconds);
        }
    }

    private static void run(Path root, PrintWriter out, int worker, long seconds) {
        Clock clock = Clock.systemUTC();
        CacheStats stats = new CacheStats();
        TieredCache cache = new TieredCache(List.of(new MemoryCacheTier(1 << 20, Duration.ZERO, clock, stats),
                new DiskCacheTier(root, 1 << 26, clock, stats)),
                TtlPolicy.withOverrides(Map.of("quote", Duration.ofMillis(150))), Duration.ZERO,
                Optional.of(root), clock, stats);
        MarketDataSource source = cache.decorate(new LoggingSource(out, worker));
        Random random = new Random(worker);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            String symbol = "S" + random.nextInt(KEYS);
            Result<MarketData<Quote>> answer = source.fetch(new QuoteRequest(symbol));
            if (!answer.isOk() || !answer.getValue().value().symbol().equals(symbol)) {
                out.println("bad " + symbol + " " + answer);
            }
        }
        out.println("done " + stats.snapshot().loads());
    }

    /** Answers quotes after a short pause, with a price unique to this worker and fetch. */
    private static final class LoggingSource implements MarketDataSource {
        private final PrintWriter out;
        private final int worker;
        private long sequence;

        LoggingSource(PrintWriter out, int worker) {
            this.out = out;
            this.worker = worker;
        }

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
        public synchronized <T> Result<MarketData<T>> fetch(MarketDataRequest<T> request) {
            if (!(request instanceof QuoteRequest quote)) {
                return Result.failed(FailureKind.INVALID_REQUEST, "yahoo", request.describe(), "quotes only");
            }
            long start = System.nanoTime();
            pause();
            double price = worker * 1_000_000.0 + (++sequence);
            Instant now = Instant.now();
            MarketData<Quote> data = new MarketData<>(new Quote(quote.symbol(), price, OptionalDouble.empty(), "USD",
                    now), dev.tradescope.marketdata.Provenance.fetched(ProviderId.YAHOO, now, Optional.empty()));
            out.println("fetch " + quote.symbol() + " " + start + " " + System.nanoTime() + " " + (long) price);
            return Result.ok((MarketData<T>) data);
        }

        private static void pause() {
            try {
                Thread.sleep(3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

}
