package dev.tradescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradescope.testing.ReferenceFiles;
import dev.tradescope.testing.StubServer;
import dev.tradescope.testing.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code market}, {@code providers} and {@code config} commands, against local files and a local HTTP server. */
class MarketCommandsTest {
    @TempDir
    Path workspace;
    private StubServer server;
    private Path config;

    @BeforeEach
    void setUp() throws Exception {
        server = StubServer.start();
        Files.createDirectories(workspace.resolve("data/prices"));
        Files.createDirectories(workspace.resolve("data/series"));
        Files.writeString(workspace.resolve("data/prices/SPY.csv"), """
                date,open,high,low,close,volume
                2025-07-01,600,605,598,603.5,1000
                2025-07-02,603,607,601,606.25,1200
                """);
        Files.writeString(workspace.resolve("data/series/FEDFUNDS.csv"), "date,value\n2025-06-01,4.33\n2025-07-01,4.33\n");
        config = workspace.resolve("test.yaml");
        StringBuilder yaml = new StringBuilder("providers:\n");
        for (String id : List.of("yahoo", "alphavantage", "fmp", "secedgar", "fred", "coingecko", "imf")) {
            yaml.append("  ").append(id).append(":\n    base-url: ").append(server.base()).append("\n    timeout: 2s\n");
            if (id.equals("fred")) {
                yaml.append("    api-key: ").append(TestKeys.FRED).append('\n');
            }
            if (id.equals("alphavantage")) {
                yaml.append("    api-key: ").append(TestKeys.ALPHAVANTAGE).append('\n');
            }
        }
        yaml.append("limits:\n  retry-attempts: 1\n");
        Files.writeString(config, yaml.toString());
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--workspace";
        all[args.length + 1] = workspace.toString();
        all[args.length + 2] = "--config";
        all[args.length + 3] = config.toString();
        return CliRun.of(all);
    }

    @Test
    void history_offline_readsLocalFileAndPrintsProvenance() {
        CliRun run = run("market", "history", "SPY", "--from", "2025-07-01", "--to", "2025-07-31", "--offline");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("SPY: 2 bars 2025-07-01..2025-07-02").contains("606.2500")
                .contains("source: local").contains("market date 2025-07-02").contains("tried local history SPY");
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void history_csvAndJsonFormats() {
        CliRun csv = run("market", "history", "SPY", "--from", "2025-07-01", "--to", "2025-07-01", "--offline",
                "--format", "csv");
        CliRun json = run("market", "history", "SPY", "--from", "2025-07-01", "--to", "2025-07-01", "--offline",
                "--format", "json");

        assertThat(csv.out()).isEqualTo("date,open,high,low,close,adj_close,volume\n2025-07-01,600.0,605.0,598.0,603.5,603.5,1000\n");
        assertThat(json.out()).contains("\"provider\" : \"local\"").contains("\"close\" : 603.5").contains("\"attempts\"");
    }

    @Test
    void history_chainFallsBackToLocalWhenProvidersFail() {
        server.answer("/v8/finance/chart/SPY", 429, "Too Many Requests");
        server.answer("/query", 200, ReferenceFiles.apiFormat("alphavantage_ratelimit_information.json"));

        CliRun run = run("market", "history", "SPY", "--from", "2025-07-01", "--to", "2025-07-31");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("source: local").contains("tried yahoo history SPY").contains("rate limited (HTTP 429")
                .contains("tried alphavantage").contains("tried fmp history SPY 2025-07-01..2025-07-31: not configured");
    }

    @Test
    void quote_namedProvider_usesOnlyIt() {
        server.answer("/v8/finance/chart/%5EVIX", 200, ReferenceFiles.apiFormat("yahoo_chart.json"));

        CliRun run = run("market", "quote", "^VIX", "--provider", "yahoo");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("^VIX").contains("244.8700").contains("source: yahoo");
    }

    @Test
    void quote_unknownSymbolEverywhere_isExitOneWithReason() {
        server.answer("/v8/finance/chart/.*", 404, ReferenceFiles.apiFormat("yahoo_chart_error_404.json"));
        server.answer("/query", 200, ReferenceFiles.apiFormat("alphavantage_global_quote_unknown_symbol.json"));

        CliRun run = run("market", "quote", "ZZZZ");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("chain quote ZZZZ: no data").contains("local: no data");
    }

    @Test
    void series_fromFred() {
        server.answer("/fred/series/observations", 200, ReferenceFiles.apiFormat("fred_series_observations_dgs10.json"));

        CliRun run = run("market", "series", "DGS10", "--from", "2024-01-01", "--to", "2024-01-31");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("DGS10: 5 observations, 1 missing").contains("source: fred");
    }

    @Test
    void badProviderOrDate_isExitTwo() {
        assertThat(run("market", "quote", "SPY", "--provider", "bloomberg").exitCode()).isEqualTo(2);
        assertThat(run("market", "history", "SPY", "--from", "2025-13-01", "--to", "2025-07-01").exitCode()).isEqualTo(2);
        assertThat(run("market", "history", "SPY", "--from", "2025-07-02", "--to", "2025-07-01").exitCode()).isEqualTo(2);
    }

    @Test
    void providersList_showsStatusLimitsQuotaAndChains() {
        CliRun run = run("providers", "list");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("alphavantage +configured +5/min 25/day 2 in flight +25 +history,quote,profile")
                .containsPattern("fmp +not configured +250/day")
                .containsPattern("local +ready \\(files\\)");
        CliRun json = run("providers", "list", "--format", "json");
        assertThat(json.out()).contains("\"provider\" : \"fred\"");
    }

    @Test
    void providersHealth_probesConfiguredProviders() {
        server.answer("/v8/finance/chart/SPY", 200, ReferenceFiles.apiFormat("yahoo_chart.json"));
        server.answer("/query", 500, "down");

        CliRun run = run("providers", "health");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("yahoo +ok +\\d+ ms +CLOSED")
                .containsPattern("alphavantage +unavailable")
                .doesNotContain("fmp ");
    }

    @Test
    void configShow_masksKeys_andBadConfigIsExitTwo() throws Exception {
        CliRun show = run("config", "show");

        assertThat(show.exitCode()).isZero();
        assertThat(show.out()).contains("api-key: '****'").doesNotContain(TestKeys.FRED).contains("source: " + config);

        Files.writeString(config, "providers:\n  fred:\n    limits:\n      per-day: -1\n");
        CliRun bad = run("config", "show");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("test.yaml:4: providers.fred.limits.per-day: a positive whole number, was '-1'");
    }
}
