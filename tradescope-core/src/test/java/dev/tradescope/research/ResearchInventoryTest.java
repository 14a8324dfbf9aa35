package dev.tradescope.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.tradescope.config.ResearchSettings;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResearchInventoryTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 7, 31);
    private static final Instant STARTED = Instant.parse("2025-07-31T18:00:00Z");

    @TempDir
    Path workspace;

    private ResearchReport assess(String... tickers) {
        List<TickerTradeSummary> summaries = Stream.of(tickers).map(TickerTradeSummary::untraded).toList();
        return ResearchInventory.scan(workspace).assess(AS_OF, summaries, ResearchSettings.defaults(), STARTED);
    }

    @Test
    void missingFolders_giveZeroCoverageNotAnError() {
        ResearchReport report = assess("AAPL", "MSFT");
        LocalDataIntegration presence = report.localDataIntegration();
        assertThat(presence.folderPresent()).isFalse();
        assertThat(presence.totalTickers()).isEqualTo(2);
        assertThat(presence.tickersWithLocalData()).isEmpty();
        assertThat(presence.tickersMissingLocalData()).containsExactly("AAPL", "MSFT");
        assertThat(presence.coverageStatistics().fundamentalAnalysisCoverage()).isEqualByComparingTo("0");
        assertThat(report.fundamentalIntegration().averageAgeDays()).isEmpty();
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void exactTickerMatch_maNeverMatchesMar() {
        Workspaces.fundamental(workspace, "MAR_20250701.md", Workspaces.note("Marriott", "MAR", "BUY"));
        Workspaces.fundamental(workspace, "T_20250617_evaluation.md", Workspaces.note("AT&T", "T", "SELL"));
        ResearchReport report = assess("MA", "T");
        assertThat(report.localDataIntegration().tickersWithLocalData()).isEmpty();
        assertThat(report.localDataIntegration().tickersMissingLocalData()).containsExactly("MA", "T");
    }

    @Test
    void newestNoteAsOf_isChosenByTheDateInTheName_andFutureNotesAreListed() throws Exception {
        Path older = Workspaces.fundamental(workspace, "AAPL_20250601.md", Workspaces.note("Apple", "AAPL", "SELL"));
        Workspaces.fundamental(workspace, "AAPL_20250711.md", Workspaces.note("Apple", "AAPL", "HOLD"));
        Workspaces.fundamental(workspace, "AAPL_20250828.md", Workspaces.note("Apple", "AAPL", "BUY"));
        Files.setLastModifiedTime(older, java.nio.file.attribute.FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        ResearchReport report = assess("AAPL");
        NotePresence presence = report.localDataIntegration().fundamentalAnalysisCoverage().get("AAPL");
        assertThat(presence.filePath()).isEqualTo("data/outputs/fundamental_analysis/AAPL_20250711.md");
        assertThat(presence.fileDate()).isEqualTo("2025-07-11T00:00:00Z");
        assertThat(presence.ageDays()).isEqualTo(20);
        assertThat(report.localDataIntegration().notesAfterAsOf()).containsExactly(new NoteAfterAsOf("AAPL",
                "data/outputs/fundamental_analysis/AAPL_20250828.md", "2025-08-28T00:00:00Z"));
        assertThat(report.fundamentalIntegration().tickers().get("AAPL").recommendation()).contains("HOLD");
    }

    @Test
    void onlyFutureNotes_meanNoCoverage() {
        Workspaces.fundamental(workspace, "NVDA_20250901.md", Workspaces.note("NVIDIA", "NVDA", "BUY"));
        ResearchReport report = assess("NVDA");
        assertThat(report.localDataIntegration().tickersWithLocalData()).isEmpty();
        assertThat(report.localDataIntegration().notesAfterAsOf()).hasSize(1);
    }

    @Test
    void tickersWithDotsAndDashes_areMatchedExactly() {
        Workspaces.fundamental(workspace, "BRK.B_20250715.md", Workspaces.note("Berkshire Hathaway", "BRK.B", "HOLD"));
        Workspaces.fundamental(workspace, "BTC-USD_20250720.md", Workspaces.note("Bitcoin", "BTC-USD", "BUY"));
        ResearchReport report = assess("BRK.B", "BTC-USD", "BRK");
        assertThat(report.localDataIntegration().tickersWithLocalData()).containsExactly("BRK.B", "BTC-USD");
        assertThat(report.fundamentalIntegration().tickers().get("BRK.B").titleTicker()).contains("BRK.B");
    }

    @Test
    void totals_countCoverageDistributionAgeAndStaleNotes() {
        Workspaces.fundamental(workspace, "AAPL_20250711.md", Workspaces.note("Apple", "AAPL", "HOLD"));
        Workspaces.fundamental(workspace, "MSFT_20250601.md", Workspaces.note("Microsoft", "MSFT", "BUY"));
        Workspaces.fundamental(workspace, "NVDA_20250725.md", Workspaces.note("NVIDIA", "NVDA", "**BUY**"));
        Workspaces.fundamental(workspace, "JPM_20250720.md", "nothing useful here\n");
        ResearchReport report = assess("AAPL", "MSFT", "NVDA", "JPM", "XOM");
        FundamentalIntegration fundamentals = report.fundamentalIntegration();
        assertThat(fundamentals.totalTickers()).isEqualTo(5);
        assertThat(fundamentals.tickersWithNotes()).isEqualTo(4);
        assertThat(fundamentals.coverage()).isEqualByComparingTo("0.8");
        assertThat(fundamentals.recommendationDistribution()).containsExactly(
                java.util.Map.entry("BUY", 2), java.util.Map.entry("HOLD", 1));
        assertThat(fundamentals.notesWithoutRecommendation()).isEqualTo(1);
        assertThat(fundamentals.notExtracted()).containsExactly("JPM");
        assertThat(fundamentals.averageAgeDays()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("24.2"));
        assertThat(fundamentals.staleNotes()).containsExactly(
                new StaleNote("MSFT", "data/outputs/fundamental_analysis/MSFT_20250601.md", 60));
        CoverageStatistics stats = report.localDataIntegration().coverageStatistics();
        assertThat(stats.tickersWithAnalysis()).isEqualTo(4);
        assertThat(stats.tickersMissingAnalysis()).isEqualTo(1);
        assertThat(stats.coveragePercentage()).isEqualByComparingTo("80");
    }

    @Test
    void skippedNotes_areWarnedAboutAndStillListed() throws Exception {
        Path binary = workspace.resolve(ResearchInventory.FUNDAMENTAL_FOLDER).resolve("AMZN_20250701.md");
        Files.createDirectories(binary.getParent());
        Files.write(binary, new byte[] {1, 0, 2, 0});
        Workspaces.fundamental(workspace, "AAPL_20250231.md", "x");
        ResearchReport report = assess("AMZN");
        assertThat(report.localDataIntegration().tickersWithLocalData()).containsExactly("AMZN");
        assertThat(report.fundamentalIntegration().tickers().get("AMZN").extracted()).isFalse();
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w).contains("AMZN_20250701.md").contains("binary"));
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w).contains("AAPL_20250231.md"));
    }

    @Test
    void titleNamingAnotherTicker_isReportedAsAnIssue() {
        Workspaces.fundamental(workspace, "AAPL_20250711.md", Workspaces.note("Microsoft", "MSFT", "BUY"));
        ResearchNote note = assess("AAPL").fundamentalIntegration().tickers().get("AAPL");
        assertThat(note.recommendation()).contains("BUY");
        assertThat(note.issues()).containsExactly("the title names MSFT but the file is filed under AAPL");
    }

    @Test
    void manyNotes_areReadInParallelWithEveryTickerKeepingItsOwnNote() {
        int count = NoteReading.PARALLEL_THRESHOLD * 2;
        String[] tickers = new String[count];
        for (int i = 0; i < count; i++) {
            tickers[i] = "T" + i;
            Workspaces.fundamental(workspace, tickers[i] + "_20250701.md", Workspaces.note("Company " + i, tickers[i],
                    i % 2 == 0 ? "BUY" : "SELL"));
        }
        FundamentalIntegration fundamentals = assess(tickers).fundamentalIntegration();
        assertThat(fundamentals.tickersWithNotes()).isEqualTo(count);
        fundamentals.tickers().forEach((ticker, note) -> {
            assertThat(note.titleTicker()).contains(ticker);
            assertThat(note.issues()).isEmpty();
        });
        assertThat(fundamentals.recommendationDistribution()).containsEntry("BUY", count / 2).containsEntry("SELL", count / 2);
    }

    @Test
    void duplicateTickers_areRejected() {
        assertThatThrownBy(() -> assess("AAPL", "AAPL")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AAPL");
    }

    @Test
    void localDataIntegration_validatesAgainstTheConsumerSchema() throws Exception {
        Workspaces.fundamental(workspace, "AAPL_20250711.md", Workspaces.note("Apple", "AAPL", "HOLD"));
        Workspaces.fundamental(workspace, "MSFT_20250901.md", Workspaces.note("Microsoft", "MSFT", "BUY"));
        LocalDataIntegration presence = assess("AAPL", "MSFT", "GD").localDataIntegration();
        JsonNode document = ResearchJson.MAPPER.readTree(ResearchJson.MAPPER.writeValueAsString(presence));
        JsonNode schemaNode = ResearchJson.MAPPER.readTree(ReferenceFiles.reference()
                .resolve("discovery-schema/sensylate_trade_history_discovery_schema.json").toFile())
                .path("properties").path("local_data_integration");
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaNode);
        assertThat(schema.validate(document)).isEmpty();
        assertThat(document.path("execution_timestamp").asText()).isEqualTo("2025-07-31T18:00:00Z");
        assertThat(document.path("fundamental_analysis_coverage").path("AAPL").path("file_date").asText())
                .isEqualTo("2025-07-11T00:00:00Z");
        assertThat(document.path("coverage_statistics").path("fundamental_analysis_coverage").decimalValue())
                .isEqualByComparingTo(new BigDecimal("0.3333"));
    }
}
