package dev.tradescope.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tradescope.cli.Main;
import dev.tradescope.testing.CsvFixtures;
import dev.tradescope.testing.DemoWorkspace;
import dev.tradescope.testing.SchemaCheck;
import dev.tradescope.testing.SharedReference;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscoverCommandTest {
    @TempDir
    Path workspace;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void copySample() throws IOException {
        Path history = Files.createDirectories(workspace.resolve("data/raw/trade_history"));
        Files.copy(SharedReference.sampleTrades(), history.resolve("live_signals_20250719.csv"));
    }

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path defaultOutput() {
        return workspace.resolve("data/outputs/trade_history/discovery/live_signals_20250719.json");
    }

    @Test
    void discover_marketStackThatCannotOpen_failsWithItsMessageAndWritesNothing() throws IOException {
        // Online with a Redis for the shared limits at a closed port: the stack, opened on a second
        // thread while the trades are read, fails; its own exception reaches the command unchanged.
        Files.writeString(workspace.resolve("tradescope.yaml"), "cache:\n  redis:\n    uri: redis://127.0.0.1:1\n");

        int code = run("discover", "live_signals", "--workspace", workspace.toString(), "--as-of", "2025-07-19",
                "--online", "--quiet");

        assertThat(code).as(err.toString()).isEqualTo(1);
        assertThat(err.toString()).contains("tradescope: cannot connect to Redis at 127.0.0.1:1");
        assertThat(Files.exists(defaultOutput())).isFalse();
    }

    @Test
    void discover_byName_writesDocumentToDefaultPathAndPrintsSummary() throws IOException {
        int code = run("discover", "live_signals", "--workspace", workspace.toString(), "--as-of", "2025-07-19");

        assertThat(code).isZero();
        JsonNode doc = new ObjectMapper().readTree(defaultOutput().toFile());
        assertThat(doc.at("/portfolio_summary/total_trades").asInt()).isEqualTo(38);
        assertThat(out.toString()).contains("Discovery of live_signals as of 2025-07-19")
                .contains("Win rate").contains("pnl_mismatch 1").contains("Written").contains(defaultOutput().toString());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void discover_outputDash_writesOnlyJsonToStdoutAndNoFile() throws IOException {
        int code = run("discover", "live_signals", "--workspace", workspace.toString(), "--as-of", "2025-07-19",
                "--output", "-");

        assertThat(code).isZero();
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        assertThat(doc.get("portfolio").asText()).isEqualTo("live_signals");
        assertThat(Files.exists(defaultOutput())).isFalse();
    }

    @Test
    void discover_formatJson_printsDocumentAndWritesFile() throws IOException {
        int code = run("discover", "live_signals", "--workspace", workspace.toString(), "--as-of", "2025-07-19",
                "--format", "json");

        assertThat(code).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).has("performance_metrics")).isTrue();
        assertThat(Files.exists(defaultOutput())).isTrue();
    }

    @Test
    void discover_unknownPortfolio_exits2WithSuggestions() {
        int code = run("discover", "live_signal", "--workspace", workspace.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("No portfolio 'live_signal'").contains("Did you mean: live_signals");
    }

    @Test
    void discover_badAsOf_exits2NamingTheValue() {
        int code = run("discover", "live_signals", "--workspace", workspace.toString(), "--as-of", "2025-13-01");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--as-of").contains("2025-13-01");
    }

    @Test
    void discover_badTimeframe_exits2ListingChoices() {
        int code = run("discover", "live_signals", "--workspace", workspace.toString(), "--timeframe", "2w");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("2w").contains("1m, 3m, 6m, 1y, ytd, all");
    }

    @Test
    void discover_invalidCsv_exits2AndLeavesExistingOutputUntouched() throws IOException {
        CsvFixtures.writeRaw(workspace.resolve("data/raw/trade_history"), "broken_20250719.csv", "Ticker,PnL\nA,1\n");
        Path target = workspace.resolve("data/outputs/trade_history/discovery/broken_20250719.json");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "{\"kept\": true}");

        int code = run("discover", "broken", "--workspace", workspace.toString(), "--as-of", "2025-07-19");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("broken_20250719.csv").contains("missing required column(s)");
        assertThat(Files.readString(target)).isEqualTo("{\"kept\": true}");
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void discover_emptyFile_exits2AndWritesNothing() throws IOException {
        Files.writeString(workspace.resolve("data/raw/trade_history/empty.csv"), "");

        int code = run("discover", "empty", "--workspace", workspace.toString(), "--as-of", "2025-07-19");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("is empty");
        assertThat(Files.exists(workspace.resolve("data/outputs"))).isFalse();
    }

    @Test
    void helpAndVersion_exitZero() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("discover");
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).contains("tradescope ");
        assertThat(run("discover", "--help")).isZero();
        assertThat(out.toString()).contains("--timeframe");
    }

    @Test
    void discover_everyOptionGiven_reachesTheRun() throws IOException {
        // The command's model is built in code: each option must be parsed into the run.
        Path target = workspace.resolve("out/doc.json");

        int code = run("discover", "live_signals", "--workspace", workspace.toString(), "--config",
                workspace.resolve("absent.yaml").toString(), "--as-of", "2025-07-19", "--timeframe", "1y",
                "--strategy", "SMA", "--benchmark", "QQQ", "--deadline", "2m", "--max-memory", "512m", "--offline",
                "--reuse", "--strict", "-q", "-v", "--format", "JSON", "-o", target.toString());

        assertThat(code).as(err.toString()).isEqualTo(2);
        assertThat(err.toString()).as("--config names a file that is not there").contains("absent.yaml");

        code = run("discover", "live_signals", "--workspace", workspace.toString(), "--as-of", "2025-07-19",
                "--timeframe", "1y", "--strategy", "SMA", "--benchmark", "QQQ", "--deadline", "2m", "--max-memory",
                "512m", "--offline", "--reuse", "--strict", "-q", "-v", "--format", "JSON", "-o", target.toString());

        assertThat(code).as(err.toString()).isZero();
        String document = Files.readString(target);
        assertThat(document).contains("\"timeframe\" : \"1y\"").contains("\"strategy\" : \"SMA\"")
                .contains("\"as_of\" : \"2025-07-19\"").contains("\"benchmark\" : \"QQQ\"");
        assertThat(out.toString()).as("--format json prints the document").startsWith("{");
    }

    @Test
    void discover_versionAndSynopsis() {
        assertThat(run("discover", "--version")).isZero();
        assertThat(out.toString()).startsWith("tradescope ");
        out.getBuffer().setLength(0);

        assertThat(run("discover", "--help")).isZero();

        assertThat(out.toString()).startsWith("""
                Usage: tradescope discover [-hqvV] [--all] [--offline] [--online] [--plan]
                                           [--reuse] [--strict] [--as-of=YYYY-MM-DD]
                                           [--benchmark=SYMBOL] [--config=FILE]
                                           [--deadline=DURATION] [--format=text|json]
                                           [--max-memory=SIZE] [-o=FILE|-]
                                           [--strategy=NAME|all]
                                           [--timeframe=1m|3m|6m|1y|ytd|all] [--workspace=DIR]
                                           [PORTFOLIO...]
                """.replace("\n", System.lineSeparator()));
    }

    @Test
    void noCommandOrUnknownOption_exits2() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("discover", "live_signals", "--bogus")).isEqualTo(2);
        assertThat(err.toString()).contains("--bogus");
    }

    @Test
    void discover_liveHeapOverMaxMemory_exits3AndWritesNothing() {
        System.gc();

        int code = run("discover", "live_signals", "--workspace", workspace.toString(), "--as-of", "2025-07-19",
                "--max-memory", "1k");

        assertThat(code).isEqualTo(3);
        assertThat(err.toString()).contains("--max-memory").contains("nothing was written");
        assertThat(Files.exists(defaultOutput())).isFalse();
    }

    @Test
    void discover_plan_printsTheItemsAndWritesNothing() throws IOException {
        int code = run("discover", "live_signals", "--workspace", workspace.toString(), "--as-of", "2025-07-19",
                "--plan", "--format", "json");

        assertThat(code).isZero();
        JsonNode plan = new ObjectMapper().readTree(out.toString());
        assertThat(plan.get("portfolios").get(0).asText()).isEqualTo("live_signals");
        assertThat(plan.get("items")).extracting(i -> i.get("subject").asText())
                .contains("SPY", "QQQ", "VTI", "^VIX", "FEDFUNDS", "DGS10", "AMZN");
        assertThat(plan.get("items")).allSatisfy(i -> assertThat(i.get("calls").asInt()).isZero());
        assertThat(Files.exists(workspace.resolve("data/outputs"))).isFalse();
    }

    @Test
    void discover_all_writesOneDocumentPerPortfolioAndAClosingTable() throws IOException {
        Path history = workspace.resolve("data/raw/trade_history");
        Files.copy(history.resolve("live_signals_20250719.csv"), history.resolve("swing.csv"));

        int code = run("discover", "--all", "--workspace", workspace.toString(), "--as-of", "2025-07-19");

        assertThat(code).isZero();
        assertThat(defaultOutput()).exists();
        assertThat(workspace.resolve("data/outputs/trade_history/discovery/swing_20250719.json")).exists();
        assertThat(out.toString()).contains("Run over 2 portfolios").contains("swing").contains("live_signals");
    }

    @Test
    void discover_demoWorkspace_marketContextFromLocalFilesAndValidDocument() throws IOException {
        Path demo = copyOfDemoWorkspace();

        int code = run("discover", "demo_portfolio", "--workspace", demo.toString(), "--as-of", "2025-07-31",
                "--output", "-");

        assertThat(code).isZero();
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        assertThat(SchemaCheck.errors(SchemaCheck.projectSchema(), doc)).isEmpty();
        assertThat(doc.at("/market_context/benchmarks/0/symbol").asText()).isEqualTo("SPY");
        assertThat(doc.at("/market_context/benchmarks/0/window/total_return").isNumber()).isTrue();
        assertThat(doc.at("/market_context/volatility/regime").isTextual()).isTrue();
        assertThat(doc.at("/market_context/missing")).isEmpty();
        assertThat(doc.at("/run_report/api_calls").asInt()).isZero();
        assertThat(doc.at("/run_report/items/local").asInt()).isPositive();
        assertThat(doc.at("/data_quality_assessment/confidence_components/market_data_penalty").asDouble()).isZero();
    }

    private Path copyOfDemoWorkspace() throws IOException {
        return DemoWorkspace.copyTo(workspace.resolve("demo"));
    }

    @Test
    void discover_reuseAfterASameInputRun_takesThePriorMarketContextAndSaysSo() throws IOException {
        Path demo = copyOfDemoWorkspace();
        String[] args = {"discover", "demo_portfolio", "--workspace", demo.toString(), "--as-of", "2025-07-31"};
        assertThat(run(args)).isZero();
        Path written = demo.resolve("data/outputs/trade_history/discovery/demo_portfolio_20250731.json");
        JsonNode first = new ObjectMapper().readTree(written.toFile());

        assertThat(run(java.util.stream.Stream.concat(java.util.Arrays.stream(args), Stream.of("--reuse"))
                .toArray(String[]::new))).isZero();

        JsonNode second = new ObjectMapper().readTree(written.toFile());
        assertThat(second.at("/local_data_integration/prior_discovery/market_context_reused").asBoolean()).isTrue();
        assertThat(second.at("/local_data_integration/prior_discovery/same_input").asBoolean()).isTrue();
        assertThat(second.at("/data_plan")).isEmpty();
        assertThat(second.at("/market_context")).isEqualTo(first.at("/market_context"));
        assertThat(SchemaCheck.errors(SchemaCheck.projectSchema(), second)).isEmpty();
    }

    @Test
    void discover_changedInput_neverReusesAPriorDiscovery() throws IOException {
        Path demo = copyOfDemoWorkspace();
        String[] args = {"discover", "demo_portfolio", "--workspace", demo.toString(), "--as-of", "2025-07-31",
            "--reuse"};
        assertThat(run(args)).isZero();
        Path csv = demo.resolve("data/raw/trade_history/demo_portfolio_20250731.csv");
        Files.writeString(csv, Files.readString(csv) + "\n");

        assertThat(run(args)).isZero();

        JsonNode second = new ObjectMapper().readTree(demo.resolve(
                "data/outputs/trade_history/discovery/demo_portfolio_20250731.json").toFile());
        assertThat(second.at("/local_data_integration/prior_discovery/found").asBoolean()).isTrue();
        assertThat(second.at("/local_data_integration/prior_discovery/same_input").asBoolean()).isFalse();
        assertThat(second.at("/local_data_integration/prior_discovery/market_context_reused").asBoolean()).isFalse();
    }
}
