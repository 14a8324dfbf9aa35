package dev.tradescope.research;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradescope.config.ResearchSettings;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SectorAnalysisTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 7, 31);

    @TempDir
    Path workspace;

    private static TickerTradeSummary trades(String ticker, int closed, int open, int wins, int losses, String ret) {
        return new TickerTradeSummary(ticker, closed + open, closed, open, wins, losses, new BigDecimal(ret));
    }

    private SectorAnalysis analyse(ResearchSettings settings, TickerTradeSummary... summaries) {
        return ResearchInventory.scan(workspace).assess(AS_OF, List.of(summaries), settings,
                Instant.parse("2025-07-31T00:00:00Z")).sectorAnalysis();
    }

    @Test
    void trades_areCountedBySectorFromTheMap() {
        SectorAnalysis analysis = analyse(ResearchSettings.defaults(), trades("AAPL", 3, 1, 2, 1, "0.10"),
                trades("MSFT", 2, 0, 1, 0, "0.05"), trades("JPM", 1, 2, 0, 1, "-0.03"), trades("ZZZQ", 1, 0, 1, 0, "0.2"));
        assertThat(analysis.distribution().allTrades()).containsExactly(Map.entry("Financials", 3),
                Map.entry("Information Technology", 6), Map.entry(SectorAnalysis.UNMAPPED, 1));
        assertThat(analysis.distribution().closedTrades()).containsEntry("Information Technology", 5);
        assertThat(analysis.distribution().openTrades()).containsEntry("Financials", 2);
        SectorPerformance tech = analysis.sectors().get("Information Technology");
        assertThat(tech.tickers()).containsExactly("AAPL", "MSFT");
        assertThat(tech.wins()).isEqualTo(3);
        assertThat(tech.losses()).isEqualTo(1);
        assertThat(tech.winRate()).isEqualByComparingTo("0.75");
        assertThat(tech.totalReturn()).isEqualByComparingTo("0.15");
        assertThat(analysis.unmapped()).containsExactly("ZZZQ");
        assertThat(analysis.tickerSectors()).containsEntry("JPM", new SectorAssignment("Financials", "sector_map"));
    }

    @Test
    void noDecisiveTrade_givesWinRateZero() {
        SectorAnalysis analysis = analyse(ResearchSettings.defaults(), trades("XOM", 0, 2, 0, 0, "0"));
        assertThat(analysis.sectors().get("Energy").winRate()).isEqualByComparingTo("0");
        assertThat(analysis.sectors().get("Energy").decisiveTrades()).isZero();
    }

    @Test
    void overrides_fromSettingsAreApplied() {
        ResearchSettings settings = new ResearchSettings(Duration.ofDays(30), Duration.ofHours(24),
                Map.of("ZZZQ", "industrial"));
        SectorAnalysis analysis = analyse(settings, trades("ZZZQ", 1, 0, 1, 0, "0.2"));
        assertThat(analysis.unmapped()).isEmpty();
        assertThat(analysis.tickerSectors()).containsEntry("ZZZQ", new SectorAssignment("Industrials", "override"));
    }

    @Test
    void sectorNotes_inAnyCaseAndAlias_areMatchedNewestAsOf() throws Exception {
        Path reference = ReferenceFiles.researchNotes().resolve("sector_analysis");
        Files.createDirectories(workspace.resolve(ResearchInventory.SECTOR_FOLDER));
        Files.copy(reference.resolve("technology_20250710.md"),
                workspace.resolve(ResearchInventory.SECTOR_FOLDER).resolve("technology_20250710.md"));
        Files.copy(reference.resolve("HEALTHCARE_20250818.md"),
                workspace.resolve(ResearchInventory.SECTOR_FOLDER).resolve("HEALTHCARE_20250818.md"));
        Workspaces.sector(workspace, "finance_20250601.md", "### Recommendation: HOLD | Confidence: 7/10\n");
        Workspaces.sector(workspace, "Financials_20250720.md", "### Recommendation: SELL | Confidence: 0.6/1.0\n");
        Workspaces.sector(workspace, "industrial_20250705.md", "### Recommendation: BUY\n");

        SectorAnalysis analysis = analyse(ResearchSettings.defaults(), trades("AAPL", 1, 0, 1, 0, "0.1"),
                trades("JPM", 1, 0, 0, 1, "-0.1"), trades("UNH", 1, 0, 1, 0, "0.02"), trades("XOM", 1, 0, 1, 0, "0.02"));

        assertThat(analysis.sectorNotes()).containsOnlyKeys("Financials", "Information Technology");
        assertThat(analysis.sectorNotes().get("Financials").file())
                .isEqualTo("data/outputs/sector_analysis/Financials_20250720.md");
        assertThat(analysis.sectorNotes().get("Financials").recommendation()).contains("SELL");
        assertThat(analysis.sectorNotes().get("Information Technology").fairValueLow())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("260"));
        assertThat(analysis.notesAfterAsOf()).extracting(NoteAfterAsOf::key).containsExactly("Health Care");
        assertThat(analysis.coverage().sectorsTraded()).isEqualTo(4);
        assertThat(analysis.coverage().sectorsWithNote()).isEqualTo(2);
        assertThat(analysis.coverage().coverage()).isEqualByComparingTo("0.5");
        assertThat(analysis.coverage().sectorsMissingNote()).containsExactly("Energy", "Health Care");
        assertThat(analysis.coverage().availableSectorNotes())
                .containsExactly("Financials", "Industrials", "Information Technology");
        assertThat(analysis.sectors().get("Financials").hasLocalNote()).isTrue();
        assertThat(analysis.staleNotes()).isEmpty();
    }
}
