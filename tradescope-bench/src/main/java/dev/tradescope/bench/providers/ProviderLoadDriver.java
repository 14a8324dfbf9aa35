package dev.tradescope.bench.providers;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.tradescope.cli.Wiring;
import dev.tradescope.config.ConfigLoader;
import dev.tradescope.config.TradescopeConfig;
import dev.tradescope.marketdata.EconomicSeriesRequest;
import dev.tradescope.marketdata.MarketDataRequest;
import dev.tradescope.marketdata.MarketDataSource;
import dev.tradescope.marketdata.PriceHistoryRequest;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.resilience.ProviderStats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Drives distinct requests through the whole provider stack (config → Wiring → resilience → vendor
 * → HTTP) against a local WireMock whose answers each take 100 ms, and reports the achieved rate
 * against the configured limit and the most requests the server held at once against the
 * configured concurrency bound; then runs the same requests again.
 *
 * <p>Run: {@code java -cp tradescope-bench/target/tradescope-bench.jar dev.tradescope.bench.providers.ProviderLoadDriver [all|single|mixed|defaults]}.
 */
public final class ProviderLoadDriver {
    private static final int LATENCY_MS = 100;
    private static final int CLIENT_THREADS = 16;

    private final WireMockServer server;
    private final ConcurrencyMeter meter;
    private final Path workspace;

    private ProviderLoadDriver(Path workspace) throws IOException {
        this.workspace = workspace;
        this.meter = new ConcurrencyMeter(LATENCY_MS);
        this.server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").containerThreads(64)
                .extensions(meter));
        server.start();
        Path formats = ApiFormats.locate();
        stub("/v8/finance/chart/.*", Files.readString(formats.resolve("yahoo_chart.json")));
        stub("/query", Files.readString(formats.resolve("alphavantage_time_series_daily.json")));
        stub("/fred/series/observations", Files.readString(formats.resolve("fred_series_observations_dgs10.json")));
        stub("/stable/historical-price-eod/full", """
                [{"symbol":"X","date":"2025-02-04","open":227.25,"high":233.13,"low":226.65,"close":232.8,"volume":45067300},
                 {"symbol":"X","date":"2025-02-03","open":229.99,"high":231.83,"low":225.7,"close":228.01,"volume":73063300}]
                """);
    }

    /** Runs the scenarios named on the command line (default: all). */
    public static void main(String[] args) throws Exception {
        String which = args.length == 0 ? "all" : args[0];
        Path workspace = Files.createTempDirectory("tradescope-bench");
        ProviderLoadDriver driver = new ProviderLoadDriver(workspace);
        try {
            if (which.equals("all") || which.equals("single")) {
                driver.single();
            }
            if (which.equals("all") || which.equals("mixed")) {
                driver.mixed();
            }
            if (which.equals("all") || which.equals("defaults")) {
                driver.defaults();
            }
        } finally {
            driver.server.stop();
        }
    }

    // 200 distinct Yahoo histories; Yahoo limited to 10/s and 2 in flight; global cap lifted.
    private void single() throws Exception {
        String yaml = providers(Map.of("yahoo", "per-second: 10\n      per-minute: none"))
                + "limits:\n  calls-per-minute: 100000\n  max-in-flight: 5\n";
        List<Supplier<MarketDataRequest<?>>> requests = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String symbol = String.format(Locale.ROOT, "S%03d", i);
            requests.add(() -> new PriceHistoryRequest(symbol, LocalDate.of(2020, 8, 31), LocalDate.of(2020, 9, 2)));
        }
        runTwice("single: yahoo 10/s, 2 in flight", yaml, requests, id -> ProviderId.YAHOO, 10.0, 10, 2);
    }

    // 200 distinct requests over four providers, each 10/s and 2 in flight; global bound 5 in flight.
    private void mixed() throws Exception {
        String limits = "per-second: 10\n      per-minute: none\n      per-day: none";
        String yaml = providers(Map.of("yahoo", limits, "alphavantage", limits, "fmp", limits, "fred", limits))
                + "limits:\n  calls-per-minute: 100000\n  max-in-flight: 5\n";
        List<Supplier<MarketDataRequest<?>>> requests = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String s = String.format(Locale.ROOT, "M%03d", i);
            requests.add(() -> new PriceHistoryRequest(s, LocalDate.of(2020, 8, 31), LocalDate.of(2020, 9, 2)));
            requests.add(() -> new PriceHistoryRequest("A" + s, LocalDate.of(2023, 11, 1), LocalDate.of(2023, 11, 30)));
            requests.add(() -> new PriceHistoryRequest("F" + s, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 5)));
            requests.add(() -> new EconomicSeriesRequest("R" + s, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)));
        }
        runTwice("mixed: yahoo+alphavantage+fmp+fred, each 10/s and 2 in flight, global 5 in flight", yaml, requests,
                ProviderLoadDriver::providerOf, 40.0, 40, 5);
    }

    // The shipped defaults: Yahoo 20/min and the global 20/min; 30 distinct requests.
    private void defaults() throws Exception {
        String yaml = providers(Map.of("yahoo", ""));
        List<Supplier<MarketDataRequest<?>>> requests = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String symbol = String.format(Locale.ROOT, "D%03d", i);
            requests.add(() -> new PriceHistoryRequest(symbol, LocalDate.of(2020, 8, 31), LocalDate.of(2020, 9, 2)));
        }
        runTwice("defaults: yahoo 20/min, global 20/min, 30 requests", yaml, requests, id -> ProviderId.YAHOO,
                20.0 / 60, 20, 2);
    }

    private static ProviderId providerOf(MarketDataRequest<?> request) {
        String first = request.parameters().getOrDefault("symbol", request.parameters().getOrDefault("series", "?"));
        if (request instanceof EconomicSeriesRequest) {
            return ProviderId.FRED;
        }
        return first.startsWith("AM") ? ProviderId.ALPHAVANTAGE : first.startsWith("FM") ? ProviderId.FMP : ProviderId.YAHOO;
    }

    private void runTwice(String name, String yaml, List<Supplier<MarketDataRequest<?>>> requests,
                          java.util.function.Function<MarketDataRequest<?>, ProviderId> route, double limitPerSecond,
                          int burst, int concurrencyLimit) throws Exception {
        Map<String, String> env = Map.of("ALPHA_VANTAGE_API_KEY", "bench-av", "FMP_API_KEY", "bench-fmp",
                "FRED_API_KEY", "bench-fred");
        TradescopeConfig config = new ConfigLoader(env).parse(yaml, "bench.yaml");
        System.out.println("== " + name);
        try (Wiring wiring = Wiring.create(config, workspace, Clock.systemUTC())) {
            for (int run = 1; run <= 2; run++) {
                meter.reset();
                long start = System.nanoTime();
                int ok = fire(wiring, requests, route);
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(Locale.ROOT, "run %d: %d requests, %d ok, %.2f s, achieved %.2f req/s (limit %.2f/s), "
                        + "server saw %d requests, max %d at once (bound %d)%n", run, requests.size(), ok, seconds,
                        meter.served() / seconds, limitPerSecond, meter.served(), meter.maxInFlight(), concurrencyLimit);
                if (run == 1 && meter.served() > burst) {
                    System.out.printf(Locale.ROOT, "       after the bucket's initial burst of %d: %.2f req/s%n", burst,
                            (meter.served() - burst) / seconds);
                }
            }
            for (ProviderStats s : wiring.providerStats()) {
                if (s.attempted() > 0) {
                    System.out.printf(Locale.ROOT, "  %s: attempted %d, calls %d, ok %d, rate limited %d, retries %d, "
                            + "waited %.1f s, breaker %s%n", s.provider(), s.attempted(), s.calls(), s.succeeded(),
                            s.rateLimited(), s.retries(), s.waitedSeconds(), s.breakerState());
                }
            }
        }
    }

    private int fire(Wiring wiring, List<Supplier<MarketDataRequest<?>>> requests,
                     java.util.function.Function<MarketDataRequest<?>, ProviderId> route) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENT_THREADS);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (Supplier<MarketDataRequest<?>> request : requests) {
                MarketDataRequest<?> r = request.get();
                MarketDataSource source = wiring.findProvider(route.apply(r)).orElseThrow();
                results.add(pool.submit(() -> source.fetch(r).isOk()));
            }
            int ok = 0;
            for (Future<Boolean> f : results) {
                ok += f.get() ? 1 : 0;
            }
            return ok;
        } finally {
            pool.shutdownNow();
        }
    }

    private String providers(Map<String, String> limits) {
        StringBuilder yaml = new StringBuilder("providers:\n");
        limits.forEach((id, l) -> {
            yaml.append("  ").append(id).append(":\n    base-url: ").append(server.baseUrl()).append('\n');
            if (!l.isEmpty()) {
                yaml.append("    limits:\n      ").append(l).append('\n');
            }
        });
        return yaml.toString();
    }

    private void stub(String path, String body) {
        server.stubFor(get(urlPathMatching(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    /** Finds the shared api-formats folder by walking up from the working directory. */
    static final class ApiFormats {
        private ApiFormats() {
        }

        static Path locate() {
            for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve("shared/reference/api-formats");
                if (Files.isDirectory(candidate)) {
                    return candidate;
                }
            }
            throw new IllegalStateException("no shared/reference/api-formats above the working directory");
        }
    }
}
