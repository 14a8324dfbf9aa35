package dev.tradescope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tradescope.cache.RedisServer;
import dev.tradescope.testing.CsvFixtures;
import dev.tradescope.testing.MarketStubs;
import dev.tradescope.testing.MarketStubs.Api;
import dev.tradescope.testing.SchemaCheck;
import dev.tradescope.testing.TestKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code tradescope discover} end to end through {@link Main#run} against a WireMock server
 * serving every provider's real answer format: requests counted against the plan, the cache on a
 * second run, and faults mid-run. Every document written must validate against the project schema.
 */
class DiscoverEndToEndTest {
    static final String PORTFOLIO = "e2e_signals";
    static final String AS_OF = "2025-07-31";
    static final List<String> NOTED = List.of("AAPL", "MSFT", "NVDA", "AMZN", "GOOGL");
    static final List<String> UNNOTED = List.of("META", "TSLA", "JPM", "XOM", "PFE");
    static final List<String> OPEN = List.of("AAPL", "TSLA", "JPM");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path workspace;
    private MarketStubs stubs;

    @BeforeEach
    void setUp() throws IOException {
        stubs = MarketStubs.start();
        writeWorkspace(workspace, stubs, "");
    }

    @AfterEach
    void tearDown() {
        stubs.close();
    }

    /** Writes the portfolio export, the fundamental notes of {@link #NOTED} and a tradescope.yaml. */
    static void writeWorkspace(Path ws, MarketStubs stubs, String extraYaml) throws IOException {
        List<String> rows = new ArrayList<>();
        int id = 0;
        for (String ticker : concat(NOTED, UNNOTED)) {
            rows.add(CsvFixtures.closed("c" + ++id, ticker, "2025-02-03", "2025-03-14", 100, 104 + id % 3, "Good"));
            rows.add(CsvFixtures.closed("c" + ++id, ticker, "2025-04-01", "2025-05-02", 100, 97 + id % 5, "Poor"));
        }
        for (String ticker : OPEN) {
            rows.add(CsvFixtures.open("o" + ++id, ticker, "2025-06-16", 100, 0.04));
        }
        CsvFixtures.write(ws.resolve("data/raw/trade_history"), PORTFOLIO + "_20250731.csv", rows.toArray(String[]::new));
        for (String ticker : NOTED) {
            CsvFixtures.writeRaw(ws.resolve("data/outputs/fundamental_analysis"), ticker + "_20250715.md", note(ticker));
        }
        Files.writeString(ws.resolve("tradescope.yaml"), config(stubs, extraYaml));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static String note(String ticker) {
        return "# " + ticker + " Inc. (" + ticker + ") - Fundamental Analysis\n"
                + "*Generated: July 15, 2025 | Confidence: 0.80/1.0 | Data Quality: 0.9/1.0*\n\n"
                + "## Investment Thesis & Recommendation\n\n### Core Thesis\nA steady business.\n\n"
                + "### Recommendation: HOLD | Conviction: 0.70/1.0\n"
                + "- **Fair Value Range**: $100 - $120 (Current: $110.00) | Confidence: 0.8/1.0\n";
    }

    // Yahoo needs no key; FMP and FRED get theirs; Alpha Vantage, SEC and CoinGecko stay unconfigured.
    static String config(MarketStubs stubs, String extraYaml) {
        return "providers:\n"
                + "  yahoo:\n    base-url: " + stubs.base() + "\n    timeout: 1s\n    limits: {per-minute: none}\n"
                + "  fmp:\n    base-url: " + stubs.base() + "\n    timeout: 1s\n    api-key: " + TestKeys.FMP + "\n"
                + "  fred:\n    base-url: " + stubs.base() + "\n    timeout: 1s\n    api-key: " + TestKeys.FRED + "\n"
                + "limits: {calls-per-minute: 1000, max-wait: 1s, retry-attempts: 2}\n"
                + extraYaml;
    }

    private CliRun discover(Path ws, String... extra) {
        List<String> args = new ArrayList<>(List.of("discover", PORTFOLIO, "--workspace", ws.toString(), "--as-of",
                AS_OF, "--quiet"));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static Path documentPath(Path ws) {
        return ws.resolve("data/outputs/trade_history/discovery/" + PORTFOLIO + "_20250731.json");
    }

    private static JsonNode validDocument(Path ws) throws IOException {
        JsonNode doc = MAPPER.readTree(documentPath(ws).toFile());
        assertThat(SchemaCheck.errors(SchemaCheck.projectSchema(), doc)).isEmpty();
        return doc;
    }

    // No API key in what a run printed or wrote (failure messages quote URLs; the redactor masks the keys).
    private static void assertNoKeyIn(CliRun run, Path ws) throws IOException {
        String written = Files.readString(documentPath(ws));
        for (String key : List.of(TestKeys.FMP, TestKeys.FRED)) {
            assertThat(run.out() + run.err() + written).doesNotContain(key);
        }
    }

    private static List<JsonNode> items(JsonNode doc) {
        return StreamSupport.stream(doc.get("data_plan").spliterator(), false).toList();
    }

    private static List<String> subjectsWithStatus(JsonNode doc, String status) {
        return items(doc).stream().filter(i -> i.get("status").asText().equals(status))
                .map(i -> i.get("subject").asText()).sorted().toList();
    }

    @Test
    void coldRun_makesExactlyOneRequestPerPlannedCall_asThePlanSaid() throws IOException {
        CliRun plan = discover(workspace, "--plan", "--format", "json");
        assertThat(plan.exitCode()).as(plan.err()).isZero();
        assertThat(stubs.requestCount()).as("--plan fetches nothing").isZero();
        JsonNode planned = MAPPER.readTree(plan.out());
        List<String> plannedFetches = StreamSupport.stream(planned.get("items").spliterator(), false)
                .filter(i -> i.get("source").asText().startsWith("fetch from")).map(i -> i.get("subject").asText())
                .sorted().toList();
        int plannedCalls = StreamSupport.stream(planned.get("items").spliterator(), false)
                .mapToInt(i -> i.get("calls").asInt()).sum();
        // 3 benchmarks, ^VIX, 2 rate series, one FMP call for the profiles of every ticker without a note,
        // a history per open ticker.
        assertThat(plannedFetches).hasSize(6 + UNNOTED.size() + OPEN.size());
        assertThat(plannedCalls).isEqualTo(6 + 1 + OPEN.size());

        CliRun run = discover(workspace);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(stubs.describedRequests()).containsExactlyElementsOf(expectedRequests(planned));
        JsonNode doc = validDocument(workspace);
        assertThat(subjectsWithStatus(doc, "fetched")).containsExactlyElementsOf(plannedFetches);
        assertThat(items(doc).stream().mapToInt(i -> i.get("calls_planned").asInt()).sum()).isEqualTo(plannedCalls);
        assertThat(doc.at("/run_report/api_calls").asInt()).isEqualTo(plannedCalls);
        assertThat(doc.at("/run_report/cache/hit_ratio").asDouble()).isZero();
        assertThat(doc.at("/market_context/missing")).isEmpty();
        assertMarketDataFromTheServer(doc);
    }

    @Test
    void profilesBatch_refusedAsLegacyEndpoint_fallsBackToOneCallPerProfile() throws IOException {
        stubs.closeFmpLegacyEndpoints();

        CliRun run = discover(workspace);

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> profileRequests = stubs.describedRequests().stream().filter(r -> r.startsWith("profile")).toList();
        List<String> expected = new ArrayList<>();
        expected.addAll(UNNOTED.stream().map(t -> "profile " + t).toList());
        expected.add("profiles " + String.join(",", UNNOTED.stream().sorted().toList()));
        assertThat(profileRequests).containsExactlyInAnyOrderElementsOf(expected);
        JsonNode doc = validDocument(workspace);
        assertThat(doc.at("/run_report/api_calls").asInt()).isEqualTo(6 + 1 + UNNOTED.size() + OPEN.size());
        assertMarketDataFromTheServer(doc);
        assertNoKeyIn(run, workspace);
    }

    // The calls a --plan JSON announces, described as the server describes requests: a batched call
    // as "profiles A,B,C", any other as its item.
    private static List<String> expectedRequests(JsonNode plan) {
        List<JsonNode> items = StreamSupport.stream(plan.get("items").spliterator(), false).toList();
        List<String> out = new ArrayList<>();
        for (JsonNode item : items) {
            if (item.get("calls").asInt() == 0) {
                continue;
            }
            if (item.has("batch")) {
                int call = item.at("/batch/call").asInt();
                out.add("profiles " + String.join(",", items.stream().filter(i -> i.at("/batch/call").asInt() == call)
                        .map(i -> i.get("subject").asText()).sorted().toList()));
            } else {
                out.add(item.get("item").asText());
            }
        }
        return out.stream().sorted().toList();
    }

    // The numbers come from what the server served: closes at the as-of date, profiles for uncovered tickers.
    private static void assertMarketDataFromTheServer(JsonNode doc) {
        for (JsonNode open : doc.at("/market_context/open_positions")) {
            String ticker = open.at("/position/ticker").asText();
            assertThat(open.at("/close/price").asDouble()).as(ticker)
                    .isEqualTo(MarketStubs.close(ticker, LocalDate.parse(AS_OF)));
            assertThat(open.at("/provenance/provider").asText()).isEqualTo("yahoo");
            assertThat(open.at("/provenance/from_cache").asBoolean()).isFalse();
        }
        assertThat(doc.at("/market_context/open_positions").size()).isEqualTo(OPEN.size());
        NOTED.forEach(t -> assertThat(doc.at("/fundamental_sources/" + t + "/source").asText()).isEqualTo("local_note"));
        for (String ticker : UNNOTED) {
            assertThat(doc.at("/fundamental_sources/" + ticker + "/source").asText()).isEqualTo("provider_profile");
            assertThat(doc.at("/fundamental_sources/" + ticker + "/provider").asText()).isEqualTo("fmp");
            assertThat(doc.at("/fundamental_sources/" + ticker + "/name").asText()).isEqualTo(ticker + " Corp.");
        }
    }

    @Test
    void allPortfolios_shareOnePlan_anItemNeededByBothIsFetchedOnce() throws IOException {
        CsvFixtures.write(workspace.resolve("data/raw/trade_history"), "second_20250731.csv",
                CsvFixtures.closed("s1", "META", "2025-01-06", "2025-02-03", 100, 103, "Good"),
                CsvFixtures.open("s2", "TSLA", "2025-05-01", 100, 0.02),
                CsvFixtures.open("s3", "NFLX", "2025-05-01", 100, 0.02));
        JsonNode planned = MAPPER.readTree(CliRun.of("discover", "--all", "--workspace", workspace.toString(),
                "--as-of", AS_OF, "--plan", "--format", "json").out());
        List<String> plannedFetches = StreamSupport.stream(planned.get("items").spliterator(), false)
                .filter(i -> i.get("source").asText().startsWith("fetch from")).map(i -> i.get("subject").asText())
                .sorted().toList();

        CliRun run = CliRun.of("discover", "--all", "--workspace", workspace.toString(), "--as-of", AS_OF, "--quiet");

        assertThat(run.exitCode()).as(run.err()).isZero();
        // NFLX: a profile (no note) and a history (open), needed by the second portfolio only.
        assertThat(plannedFetches).hasSize(6 + UNNOTED.size() + OPEN.size() + 2);
        assertThat(StreamSupport.stream(planned.get("items").spliterator(), false)
                .map(i -> i.get("item").asText())).doesNotHaveDuplicates();
        assertThat(stubs.describedRequests()).containsExactlyElementsOf(expectedRequests(planned));
        JsonNode second = MAPPER.readTree(workspace.resolve("data/outputs/trade_history/discovery/second_20250731.json")
                .toFile());
        assertThat(SchemaCheck.errors(SchemaCheck.projectSchema(), second)).isEmpty();
        assertThat(validDocument(workspace).at("/market_context/missing")).isEmpty();
        assertThat(second.at("/market_context/missing")).isEmpty();
    }

    @Test
    void secondRun_makesNoRequestAndReportsHitRatioOne() throws IOException {
        assertThat(discover(workspace).exitCode()).isZero();
        stubs.resetRequests();

        CliRun plan = discover(workspace, "--plan", "--format", "json");
        CliRun warm = discover(workspace);

        assertThat(warm.exitCode()).as(warm.err()).isZero();
        assertThat(stubs.requestCount()).isZero();
        assertThat(MAPPER.readTree(plan.out()).at("/calls_by_provider")).isEmpty();
        JsonNode doc = validDocument(workspace);
        assertThat(doc.at("/run_report/cache/hit_ratio").asDouble()).isEqualTo(1.0);
        assertThat(doc.at("/run_report/api_calls").asInt()).isZero();
        assertThat(subjectsWithStatus(doc, "fetched")).isEmpty();
        assertThat(doc.at("/market_context/missing")).isEmpty();
    }

    @Test
    void offline_makesNoRequest_marksEveryItemUnavailable_andCapsThePenalty() throws IOException {
        CliRun run = discover(workspace, "--offline");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(stubs.requestCount()).isZero();
        JsonNode doc = validDocument(workspace);
        assertThat(items(doc)).hasSize(6 + UNNOTED.size() + OPEN.size())
                .allSatisfy(i -> assertThat(i.get("status").asText()).isEqualTo("unavailable"));
        assertThat(doc.at("/market_context/missing").size()).isGreaterThan(5);
        assertThat(doc.at("/data_quality_assessment/confidence_components/market_data_penalty").asDouble())
                .isEqualTo(0.10);
        assertThat(doc.at("/run_report/api_calls").asInt()).isZero();
    }

    @Test
    void providerDown_itsItemsFailOrComeFromTheNextInChain_andConfidenceDrops() throws IOException {
        stubs.failWith(Api.FRED, 500);
        stubs.connectionReset(Api.YAHOO);

        CliRun run = discover(workspace);

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = validDocument(workspace);
        assertThat(subjectsWithStatus(doc, "failed")).containsExactly("DGS10", "FEDFUNDS");
        List<String> histories = items(doc).stream().filter(i -> i.get("kind").asText().equals("history"))
                .map(i -> i.at("/provenance/provider").asText()).distinct().toList();
        assertThat(histories).containsExactly("fmp");
        assertThat(doc.at("/market_context/missing").size()).isEqualTo(2);
        assertThat(doc.at("/market_context/missing").toString()).contains("FEDFUNDS").contains("DGS10");
        assertThat(run.out()).contains("not obtained (confidence -0.04)");
        JsonNode c = doc.at("/data_quality_assessment/confidence_components");
        assertThat(c.get("market_data_penalty").asDouble()).isEqualTo(0.04);
        assertThat(doc.at("/data_quality_assessment/overall_confidence").asDouble()).isCloseTo(0.3 * c.get("completeness")
                .asDouble() + 0.3 * c.get("derivable").asDouble() + 0.2 * c.get("fundamental_coverage").asDouble()
                + 0.2 * c.get("validation").asDouble() - 0.04, org.assertj.core.data.Offset.offset(0.0011));
        // Two tries per series (retry-attempts 2), nothing more. Counted by the client: all the providers share
        // this one stub server, so a FRED request sent on a connection the server resets for Yahoo's fault never
        // reaches the server's journal.
        assertThat(doc.at("/run_report/providers/fred/calls").asInt()).isEqualTo(4);
        assertThat(doc.at("/run_report/providers/fred/retries").asInt()).isEqualTo(2);
        assertThat(stubs.requestCount(Api.FRED)).isBetween(2L, 4L);
        assertNoKeyIn(run, workspace);
    }

    @Test
    void rateLimitStorm_noRetryStorm_itemsMarkedAndRunCompletes() throws IOException {
        stubs.rateLimit(Api.FMP, Optional.empty());

        CliRun run = discover(workspace);

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = validDocument(workspace);
        assertThat(subjectsWithStatus(doc, "failed")).containsExactlyElementsOf(UNNOTED.stream().sorted().toList());
        assertThat(stubs.requestCount(Api.FMP)).isLessThanOrEqualTo(UNNOTED.size());
        assertThat(doc.at("/run_report/providers/fmp/rate_limited").asInt()).isPositive();
        assertThat(doc.at("/market_context/missing")).isEmpty();
        assertNoKeyIn(run, workspace);
    }

    @Test
    void rateLimitWithShortRetryAfter_waitsAndTriesOnceMore_thenMarksTheItems() throws IOException {
        stubs.rateLimit(Api.FRED, Optional.of(1));

        CliRun run = discover(workspace);

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = validDocument(workspace);
        assertThat(subjectsWithStatus(doc, "failed")).containsExactly("DGS10", "FEDFUNDS");
        // retry-attempts 2: each series is asked twice, the second time after its Retry-After.
        assertThat(stubs.requestCount(Api.FRED)).isEqualTo(4);
        assertThat(doc.at("/run_report/providers/fred/retries").asInt()).isEqualTo(2);
    }

    @Test
    void rateLimitWithLongRetryAfter_givesUpWithoutWaiting() throws IOException {
        stubs.rateLimit(Api.FRED, Optional.of(3600));

        CliRun run = discover(workspace);

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = validDocument(workspace);
        assertThat(subjectsWithStatus(doc, "failed")).containsExactly("DGS10", "FEDFUNDS");
        assertThat(stubs.requestCount(Api.FRED)).as("the first 429 closes FRED for its Retry-After: the second "
                + "series is not even asked").isEqualTo(1);
    }

    // The provider's own timeout must outlast the run's deadline for the deadline to be what stops it.
    private void slowFred() throws IOException {
        Path yaml = workspace.resolve("tradescope.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("timeout: 1s", "timeout: 10s"));
        stubs.slow(Api.FRED, 5_000);
    }

    @Test
    void slowAnswers_pastTheDeadline_markItemsTimedOutWithAWarning() throws IOException {
        slowFred();

        CliRun run = discover(workspace, "--deadline", "2s");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = validDocument(workspace);
        assertThat(subjectsWithStatus(doc, "timed_out")).containsExactly("DGS10", "FEDFUNDS");
        assertThat(doc.at("/run_report/warnings").toString()).contains("deadline");
        assertThat(run.out()).contains("not obtained within the 2 s deadline");
        assertThat(doc.at("/market_context/missing").size()).isEqualTo(2);
    }

    @Test
    void slowAnswers_pastTheDeadline_withStrict_exit3AndWriteNothing() throws IOException {
        slowFred();

        CliRun run = discover(workspace, "--deadline", "2s", "--strict");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("--strict");
        assertThat(Files.exists(documentPath(workspace))).isFalse();
    }

    @Test
    void secondWorkspace_sharingTheRedisCache_makesNoRequest(@TempDir Path second) throws Exception {
        assumeTrue(RedisServer.isInstalled(), "redis-server is not installed");
        try (RedisServer redis = RedisServer.start(Files.createDirectories(second.resolve("redis")), null)) {
            String shared = "cache:\n  redis:\n    uri: " + redis.uri(null) + "\n    namespace: e2e\n";
            writeWorkspace(workspace, stubs, shared);
            Path other = Files.createDirectories(second.resolve("ws"));
            writeWorkspace(other, stubs, shared);
            assertThat(discover(workspace).exitCode()).isZero();
            int cold = stubs.requestCount();
            stubs.resetRequests();

            CliRun run = discover(other);

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(cold).isEqualTo(6 + 1 + OPEN.size()); // the profiles share one FMP call
            assertThat(stubs.requestCount()).isZero();
            JsonNode doc = validDocument(other);
            assertThat(doc.at("/run_report/cache/hit_ratio").asDouble()).isEqualTo(1.0);
            assertThat(doc.at("/run_report/cache/tier_hit_ratio/redis").asDouble()).isEqualTo(1.0);
        }
    }

    @Test
    void narrowerWindow_insideACachedLongerWindow_isServedFromIt() throws IOException {
        assertThat(discover(workspace).exitCode()).isZero();
        stubs.resetRequests();

        CliRun run = discover(workspace, "--timeframe", "3m");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(stubs.subjects()).isEmpty();
    }
}
