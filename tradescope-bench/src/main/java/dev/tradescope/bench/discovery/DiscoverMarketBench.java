package dev.tradescope.bench.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tradescope.testing.CsvFixtures;
import dev.tradescope.testing.MarketStubs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Measures {@code ./tradescope discover} with market data against a local WireMock whose every
 * answer takes 100 ms: writes a workspace (a 32-ticker portfolio, 22 tickers with local fundamental
 * notes, 6 open positions, a {@code tradescope.yaml} pointing every provider at the server), prints
 * the plan's calls, then runs the discovery cold (empty cache) and warm, each under
 * {@code /usr/bin/time}, and reports wall time, peak RSS and the requests the server saw.
 *
 * <p>Run: {@code java -cp tradescope-bench/target/tradescope-bench.jar
 * dev.tradescope.bench.discovery.DiscoverMarketBench REPO_DIR WORK_DIR [RUNS] [EXTRA_YAML]}.
 */
public final class DiscoverMarketBench {
    /** The latency of every answer. */
    public static final int LATENCY_MS = 100;
    static final List<String> TICKERS = List.of("AAPL", "MSFT", "NVDA", "AMZN", "GOOGL", "META", "TSLA", "JPM", "XOM",
            "PFE", "JNJ", "V", "MA", "UNH", "HD", "PG", "KO", "PEP", "CVX", "MRK", "ABBV", "COST", "WMT", "BAC", "DIS",
            "CSCO", "ORCL", "INTC", "AMD", "NFLX", "ADBE", "CRM");
    static final int NOTED = 22;
    static final List<String> OPEN = List.of("AAPL", "JPM", "KO", "BAC", "NFLX", "CRM");
    static final String PORTFOLIO = "bench_signals";
    static final String AS_OF = "2025-07-31";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path repo;
    private final Path workspace;
    private final MarketStubs stubs;

    private DiscoverMarketBench(Path repo, Path workspace, MarketStubs stubs) {
        this.repo = repo;
        this.workspace = workspace;
        this.stubs = stubs;
    }

    /** Runs the benchmark; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args[0]).toAbsolutePath();
        Path work = Path.of(args[1]).toAbsolutePath();
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        String extraYaml = args.length > 3 ? args[3].replace("\\n", "\n") : "";
        try (MarketStubs stubs = MarketStubs.start()) {
            stubs.latency(LATENCY_MS);
            DiscoverMarketBench bench = new DiscoverMarketBench(repo, work.resolve("ws"), stubs);
            bench.writeWorkspace(extraYaml);
            bench.run(runs);
        }
        System.exit(0);
    }

    // Prints what the last cold run's document says about its phases and calls.
    private void printColdReport() throws IOException {
        JsonNode report = MAPPER.readTree(workspace.resolveSibling("document-cold.json").toFile()).get("run_report");
        System.out.println("last cold run, phases (ms): " + report.get("phase_millis") + "; api_calls "
                + report.get("api_calls") + "; providers " + report.get("providers"));
    }

    private void run(int runs) throws IOException, InterruptedException {
        JsonNode plan = MAPPER.readTree(discover(false, "--plan", "--format", "json").output());
        int items = plan.get("items").size();
        int planned = 0;
        for (JsonNode item : plan.get("items")) {
            planned += item.get("calls").asInt();
        }
        System.out.printf(Locale.ROOT, "plan: %d items, %d planned fetch calls; server saw %d request(s)%n", items,
                planned, stubs.requestCount());
        System.out.println("| run | wall | peak RSS | requests seen by the server | exit |");
        System.out.println("|---|---|---|---|---|");
        for (int i = 1; i <= runs; i++) {
            deleteCache();
            stubs.resetRequests();
            report("cold " + i, discover(true));
            Files.copy(workspace.resolveSibling("document.json"), workspace.resolveSibling("document-cold.json"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            stubs.resetRequests();
            report("warm " + i, discover(true));
        }
        printColdReport();
    }

    private void report(String label, Timed run) {
        System.out.printf(Locale.ROOT, "| %s | %.2f s | %d MB | %d | %d |%n", label, run.wallSeconds(),
                run.peakRssKb() / 1024, stubs.requestCount(), run.exitCode());
    }

    // One ./tradescope discover under /usr/bin/time; its stdout is kept for the plan.
    private Timed discover(boolean timed, String... extra) throws IOException, InterruptedException {
        Path timing = workspace.resolveSibling("time.txt");
        Path out = workspace.resolveSibling("stdout.txt");
        List<String> command = new ArrayList<>();
        if (timed) {
            command.addAll(List.of("/usr/bin/time", "-f", "%e %M", "-o", timing.toString()));
        }
        command.addAll(List.of(repo.resolve("tradescope").toString(), "discover", PORTFOLIO, "--workspace",
                workspace.toString(), "--as-of", AS_OF, "--quiet"));
        command.addAll(extra.length > 0 ? List.of(extra)
                : List.of("--output", workspace.resolveSibling("document.json").toString()));
        Process process = new ProcessBuilder(command).directory(repo.toFile()).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int code = process.waitFor();
        String output = Files.readString(out);
        if (!timed) {
            return new Timed(code, 0, 0, output);
        }
        String[] figures = Files.readString(timing).trim().lines().reduce((a, b) -> b).orElseThrow().split(" ");
        return new Timed(code, Double.parseDouble(figures[0]), Long.parseLong(figures[1]), output);
    }

    private record Timed(int exitCode, double wallSeconds, long peakRssKb, String output) {
    }

    private void deleteCache() throws IOException {
        Path cache = workspace.resolve("data/cache");
        if (Files.exists(cache)) {
            try (Stream<Path> files = Files.walk(cache)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private void writeWorkspace(String extraYaml) throws IOException {
        Files.createDirectories(workspace);
        List<String> rows = new ArrayList<>();
        int id = 0;
        for (String ticker : TICKERS) {
            rows.add(CsvFixtures.closed("c" + ++id, ticker, "2025-01-06", "2025-02-14", 100, 96 + id % 9, "Good"));
            rows.add(CsvFixtures.closed("c" + ++id, ticker, "2025-03-03", "2025-04-25", 100, 95 + id % 11, "Poor"));
        }
        for (String ticker : OPEN) {
            rows.add(CsvFixtures.open("o" + ++id, ticker, "2025-06-02", 100, 0.03));
        }
        CsvFixtures.write(workspace.resolve("data/raw/trade_history"), PORTFOLIO + "_20250731.csv",
                rows.toArray(String[]::new));
        for (String ticker : TICKERS.subList(0, NOTED)) {
            CsvFixtures.writeRaw(workspace.resolve("data/outputs/fundamental_analysis"), ticker + "_20250715.md",
                    note(ticker));
        }
        Files.writeString(workspace.resolve("tradescope.yaml"), config(extraYaml), StandardCharsets.UTF_8);
    }

    private String config(String extraYaml) {
        String base = stubs.base().toString();
        return "providers:\n"
                + "  yahoo:\n    base-url: " + base + "\n"
                + "  fmp:\n    base-url: " + base + "\n    api-key: bench-fmp-key\n"
                + "  fred:\n    base-url: " + base + "\n    api-key: bench-fred-key\n"
                + extraYaml;
    }

    private static String note(String ticker) {
        return "# " + ticker + " Inc. (" + ticker + ") - Fundamental Analysis\n"
                + "*Generated: July 15, 2025 | Confidence: 0.80/1.0 | Data Quality: 0.9/1.0*\n\n"
                + "## Investment Thesis & Recommendation\n\n### Core Thesis\nA steady business.\n\n"
                + "### Recommendation: HOLD | Conviction: 0.70/1.0\n"
                + "- **Fair Value Range**: $100 - $120 (Current: $110.00) | Confidence: 0.8/1.0\n";
    }
}
