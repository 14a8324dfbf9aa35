package dev.tradescope.report;

import static dev.tradescope.testing.CsvFixtures.closed;
import static dev.tradescope.testing.CsvFixtures.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tradescope.config.ResearchSettings;
import dev.tradescope.discovery.Discovery;
import dev.tradescope.discovery.DiscoveryEnvironment;
import dev.tradescope.discovery.MarketDataAccess;
import dev.tradescope.discovery.MemoryGuard;
import dev.tradescope.discovery.Progress;
import dev.tradescope.discovery.RunSettings;
import dev.tradescope.marketdata.local.LocalFileSource;
import java.util.List;
import dev.tradescope.discovery.DiscoveryRequest;
import dev.tradescope.discovery.DiscoveryResult;
import dev.tradescope.discovery.Timeframe;
import dev.tradescope.support.InvalidInputException;
import dev.tradescope.testing.CsvFixtures;
import dev.tradescope.testing.SchemaCheck;
import dev.tradescope.testing.SharedReference;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscoveryDocumentTest {
    private static final LocalDate SAMPLE_AS_OF = LocalDate.of(2025, 7, 19);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-20T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path workspace;

    private ObjectNode discover(String portfolio, LocalDate asOf, Timeframe timeframe, Optional<String> strategy) {
        DiscoveryEnvironment env = new DiscoveryEnvironment(CLOCK, ResearchSettings.defaults(), "test",
                MarketDataAccess.localOnly(new LocalFileSource(workspace, CLOCK)), RunSettings.defaults(),
                MemoryGuard.none(), Progress.NONE);
        DiscoveryResult result = new Discovery(env)
                .run(List.of(new DiscoveryRequest(portfolio, workspace, asOf, timeframe, strategy))).results().get(0);
        return DiscoveryDocument.of(result);
    }

    private ObjectNode discoverSample() throws IOException {
        Path history = workspace.resolve("data/raw/trade_history");
        Files.createDirectories(history);
        Files.copy(SharedReference.sampleTrades(), history.resolve("live_signals_20250719.csv"));
        return discover("live_signals", SAMPLE_AS_OF, Timeframe.ALL, Optional.empty());
    }

    @Test
    void referenceSample_validatesAgainstConsumerAndProjectSchemas() throws IOException {
        ObjectNode doc = discoverSample();

        assertThat(SchemaCheck.errors(SchemaCheck.consumerSchema(), doc)).isEmpty();
        assertThat(SchemaCheck.errors(SchemaCheck.projectSchema(), doc)).isEmpty();
        assertThat(doc.at("/discovery_metadata/consumer_schema/compatible").asBoolean()).isTrue();
    }

    @Test
    void referenceSample_headlineFiguresMatchAnIndependentCount() throws IOException {
        ObjectNode doc = discoverSample();

        assertThat(doc.get("portfolio").asText()).isEqualTo("live_signals");
        assertThat(doc.at("/portfolio_summary/total_trades").asInt()).isEqualTo(38);
        assertThat(doc.at("/portfolio_summary/closed_trades").asInt()).isEqualTo(29);
        assertThat(doc.at("/portfolio_summary/active_trades").asInt()).isEqualTo(9);
        assertThat(doc.at("/portfolio_summary/unique_tickers").asInt()).isEqualTo(35);
        assertThat(doc.at("/performance_metrics/total_wins").asInt()).isEqualTo(16);
        assertThat(doc.at("/performance_metrics/total_losses").asInt()).isEqualTo(12);
        assertThat(doc.at("/performance_metrics/total_breakeven").asInt()).isEqualTo(1);
        assertThat(doc.at("/performance_metrics/total_pnl").decimalValue()).isEqualByComparingTo("647.414512");
        assertThat(doc.at("/performance_metrics/total_return_percentage").decimalValue()).isEqualByComparingTo("157.7913");
        assertThat(doc.at("/performance_metrics/profit_factor").decimalValue()).isEqualByComparingTo("5.111613");
        assertThat(doc.at("/performance_metrics/best_trade/ticker").asText()).isEqualTo("NFLX");
        assertThat(doc.at("/strategy_distribution/SMA").asInt()).isEqualTo(31);
        assertThat(doc.at("/strategy_distribution/EMA").asInt()).isEqualTo(7);
        assertThat(doc.at("/data_quality_assessment/issue_counts/pnl_mismatch").asInt()).isEqualTo(1);
        assertThat(doc.at("/data_quality_assessment/issue_counts/duration_mismatch").asInt()).isEqualTo(2);
        assertThat(doc.at("/active_positions")).hasSize(9);
        assertThat(doc.at("/ticker_performance").has("AMZN")).as("open-only tickers are not listed").isFalse();
    }

    @Test
    void sameInputsAndAsOf_giveTheSameDocumentApartFromTimestampAndRunReport() throws IOException {
        ObjectNode first = discoverSample();
        ObjectNode second = discover("live_signals", SAMPLE_AS_OF, Timeframe.ALL, Optional.empty());

        for (ObjectNode doc : new ObjectNode[] {first, second}) {
            doc.remove("run_report");
            doc.remove("data_plan");
            ((ObjectNode) doc.get("discovery_metadata")).remove("execution_timestamp");
            ((ObjectNode) doc.get("local_data_integration")).remove("execution_timestamp");
        }
        assertThat(second).isEqualTo(first);
    }

    @Test
    void tickersOutsideConsumerPattern_validAgainstProjectSchemaAndMarkedIncompatible() {
        CsvFixtures.write(workspace.resolve("data/raw/trade_history"), "crypto.csv",
                closed("a", "BRK.B", "2025-01-02", "2025-01-10", 400, 420, "Good"),
                closed("b", "BTC-USD", "2025-01-03", "2025-01-09", 90000, 85000, "Poor"),
                open("c", "BTC-USD", "2025-02-01", 95000, 0.02));

        ObjectNode doc = discover("crypto", LocalDate.of(2025, 3, 1), Timeframe.ALL, Optional.empty());

        assertThat(SchemaCheck.errors(SchemaCheck.projectSchema(), doc)).isEmpty();
        assertThat(doc.at("/discovery_metadata/consumer_schema/compatible").asBoolean()).isFalse();
        assertThat(doc.at("/discovery_metadata/consumer_schema/reasons/0").asText()).contains("BRK.B", "BTC-USD");
        assertThat(SchemaCheck.errors(SchemaCheck.consumerSchema(), doc)).isNotEmpty();
    }

    @Test
    void noLosingTrade_profitFactorNullWithReasonAndNoNonFiniteNumber() {
        CsvFixtures.write(workspace.resolve("data/raw/trade_history"), "winners.csv",
                closed("a", "AAA", "2025-01-02", "2025-01-10", 10, 12, "Good"),
                closed("b", "BBB", "2025-01-02", "2025-01-10", 10, 11, "Good"));

        ObjectNode doc = discover("winners", LocalDate.of(2025, 3, 1), Timeframe.ALL, Optional.empty());

        assertThat(doc.at("/performance_metrics/profit_factor").isNull()).isTrue();
        assertThat(doc.at("/data_quality_assessment/undefined_metrics/profit_factor").asText()).contains("no losing");
        assertThat(SchemaCheck.errors(SchemaCheck.projectSchema(), doc)).isEmpty();
        StringWriter text = new StringWriter();
        DocumentWriter.write(doc, text);
        assertThat(text.toString()).doesNotContain("NaN").doesNotContain("Infinity");
    }

    @Test
    void timeframeAndStrategy_keepOnlyMatchingTrades() throws IOException {
        discoverSample();

        ObjectNode month = discover("live_signals", SAMPLE_AS_OF, Timeframe.ONE_MONTH, Optional.empty());
        ObjectNode ema = discover("live_signals", SAMPLE_AS_OF, Timeframe.ALL, Optional.of("ema"));

        assertThat(month.at("/portfolio_summary/date_range/earliest_entry").asText()).isGreaterThanOrEqualTo("2025-06-19");
        assertThat(month.at("/run_report/rows_filtered").asLong())
                .isEqualTo(38 - month.at("/portfolio_summary/total_trades").asLong());
        assertThat(ema.at("/portfolio_summary/total_trades").asInt()).isEqualTo(7);
        assertThat(ema.at("/strategy_distribution").size()).isEqualTo(1);
    }

    @Test
    void noTradeInTimeframe_stopsAsInvalidInput() throws IOException {
        discoverSample();

        assertThatThrownBy(() -> discover("live_signals", LocalDate.of(2026, 1, 1), Timeframe.ONE_MONTH, Optional.empty()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("timeframe 1m");
    }

    @Test
    void documentWriter_writesAtomicallyAndReplacesOldFile() throws IOException {
        ObjectNode doc = discoverSample();
        Path target = workspace.resolve("out/doc.json");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "old");

        DocumentWriter.write(doc, target);

        JsonNode back = new com.fasterxml.jackson.databind.ObjectMapper().readTree(target.toFile());
        assertThat(back.get("portfolio").asText()).isEqualTo("live_signals");
        try (var files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }
}
