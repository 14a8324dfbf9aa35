package dev.tradescope.cli;

import dev.tradescope.cache.TieredCache;
import dev.tradescope.config.CacheSettings;
import dev.tradescope.marketdata.CompanyProfile;
import dev.tradescope.marketdata.CompanyProfileRequest;
import dev.tradescope.marketdata.DataKind;
import dev.tradescope.marketdata.MarketData;
import dev.tradescope.marketdata.MarketDataRequest;
import dev.tradescope.marketdata.MarketDataSource;
import dev.tradescope.marketdata.Provenance;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.support.Result;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/**
 * The workload {@code ./tradescope} makes its class-data archive (or, on Java 25 and later, its AOT
 * cache) from, in one JVM: the bundled demo's discovery offline, as a newcomer runs it, then the same
 * discovery online with a configuration file, as a user with providers runs it, so that the archive
 * also holds the configuration reader, the cache tiers and the provider stack (rate limits,
 * breakers, quota ledger, logging). Every item of the demo is local or has no usable provider, so the
 * online run makes no request; every provider's address is a closed loopback port all the same. One
 * company profile is put in the online run's cache first, so that the run also reads an entry back, as
 * every item of a warm run does (envelope, payload reader, cache statistics).
 * Everything is written to a temporary folder that is removed at the end.
 *
 * <p>With {@code offline} after the workspace, only the offline discovery runs: the launcher makes a
 * second, smaller archive from it for the discoveries that will call no provider, since the JVM relocates
 * the whole archive at every start.
 *
 * <p>Run: {@code java -cp tradescope-cli.jar dev.tradescope.cli.ArchiveTraining DEMO_WORKSPACE [offline|full]};
 * the launcher clears the API-key variables of the environment for it.
 */
public final class ArchiveTraining {
    private static final String AS_OF = "2025-07-31";
    // Loopback port 9 (discard): nothing listens, so a request that should not happen fails at once.
    private static final String NOWHERE = "http://127.0.0.1:9";
    private static final List<String> PROVIDERS = List.of("yahoo", "alphavantage", "fmp", "secedgar", "fred",
            "coingecko", "imf");

    private ArchiveTraining() {
    }

    /**
     * Runs the training discoveries on the demo workspace given as the first argument: both, or with
     * {@code offline} as the second argument the offline one only; exits 0 or 1.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2 || args.length == 2 && !List.of("offline", "full").contains(args[1])) {
            System.err.println("usage: ArchiveTraining DEMO_WORKSPACE [offline|full]");
            System.exit(2);
        }
        Main.configureLibraries();
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        boolean online = args.length == 1 || args[1].equals("full");
        System.exit(run(Path.of(args[0]).toAbsolutePath(), online ? NOWHERE : null, temp) == 0 ? 0 : 1);
    }

    /**
     * Runs the offline discovery and, when {@code providerUrl} is not null, the online one with every
     * provider's base URL set to it, in a folder made and removed under {@code temp}; returns their exit
     * codes or-ed together (0 when all succeeded).
     */
    static int run(Path demo, String providerUrl, Path temp) throws IOException {
        Path work = Files.createTempDirectory(temp, "tradescope-training");
        try {
            return train(demo, work, providerUrl);
        } finally {
            delete(work);
        }
    }

    // Runs the discoveries; their documents are left in {@code work} as offline.json and online.json.
    static int train(Path demo, Path work, String providerUrl) throws IOException {
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        String[] offline = {"discover", "demo_portfolio", "--workspace", demo.toString(), "--as-of", AS_OF,
            "--offline", "--quiet", "--output", work.resolve("offline.json").toString()};
        Warmup.startFor(offline);
        int code = Main.run(sink, sink, offline);
        if (providerUrl == null) {
            return code;
        }
        Path workspace = work.resolve("workspace");
        copy(demo, workspace);
        seedCache(workspace);
        Path config = work.resolve("tradescope.yaml");
        StringBuilder yaml = new StringBuilder("providers:\n");
        PROVIDERS.forEach(p -> yaml.append("  ").append(p).append(":\n    base-url: ").append(providerUrl).append('\n'));
        Files.writeString(config, yaml, StandardCharsets.UTF_8);
        String[] online = {"discover", "demo_portfolio", "--workspace", workspace.toString(), "--config",
            config.toString(), "--as-of", AS_OF, "--online", "--quiet", "--output",
            work.resolve("online.json").toString()};
        return code | Main.run(sink, sink, online);
    }

    // Stores the profile of AMZN, a demo ticker without a local note, as FMP's answer in the workspace's cache.
    private static void seedCache(Path workspace) {
        try (TieredCache cache = Wiring.openCache(CacheSettings.defaults(), workspace, Clock.systemUTC())) {
            cache.decorate(new SeedProfiles()).fetch(new CompanyProfileRequest("AMZN"));
        }
    }

    /** Answers a profile request as FMP would, without a network. */
    private static final class SeedProfiles implements MarketDataSource {
        @Override
        public ProviderId provider() {
            return ProviderId.FMP;
        }

        @Override
        public boolean supports(DataKind kind) {
            return kind == DataKind.COMPANY_PROFILE;
        }

        @Override
        @SuppressWarnings("unchecked") // only profile requests reach it
        public <T> Result<MarketData<T>> fetch(MarketDataRequest<T> request) {
            String symbol = ((CompanyProfileRequest) request).symbol();
            CompanyProfile profile = new CompanyProfile(symbol, "Amazon.com, Inc.",
                    Optional.of("Consumer Discretionary"), Optional.of("Internet Retail"), OptionalDouble.of(2.3e12),
                    Optional.of("NASDAQ"));
            return Result.ok((MarketData<T>) new MarketData<>(profile,
                    Provenance.fetched(ProviderId.FMP, Instant.now(), Optional.empty())));
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
