package dev.tradescope.research;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tradescope.config.ResearchSettings;
import dev.tradescope.testing.DemoWorkspace;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Assesses the project's demo workspace as of 2025-07-31, and compares the whole report with its golden JSON. */
class DemoWorkspaceTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 7, 31);
    private static final Path GOLDEN = Path.of("src/test/resources/dev/tradescope/research/golden/demo-report.json");

    private static TickerTradeSummary trades(String ticker, int closed, int open, int wins, int losses, String ret) {
        return new TickerTradeSummary(ticker, closed + open, closed, open, wins, losses, new BigDecimal(ret));
    }

    private static ResearchReport report() {
        List<TickerTradeSummary> portfolio = List.of(trades("AAPL", 3, 1, 2, 1, "0.0812"),
                trades("MSFT", 2, 1, 2, 0, "0.1104"), trades("NVDA", 4, 1, 3, 1, "0.2250"),
                trades("AMZN", 2, 0, 1, 1, "-0.0120"), trades("GOOGL", 2, 1, 1, 1, "0.0310"),
                trades("META", 2, 0, 2, 0, "0.0975"), trades("JPM", 3, 0, 2, 1, "0.0420"),
                trades("XOM", 2, 1, 0, 2, "-0.0630"), trades("UNH", 2, 0, 0, 2, "-0.1850"),
                trades("COST", 2, 0, 1, 0, "0.0205"), trades("LMT", 2, 1, 1, 1, "0.0150"),
                trades("HD", 2, 0, 1, 1, "0.0040"), trades("TSLA", 3, 1, 1, 2, "-0.0910"));
        return ResearchInventory.scan(DemoWorkspace.path()).assess(AS_OF, portfolio, ResearchSettings.defaults(),
                Instant.parse("2025-07-31T20:00:00Z"));
    }

    @Test
    void demoNotes_areReadWithTheirValues() {
        ResearchReport report = report();
        FundamentalIntegration fundamentals = report.fundamentalIntegration();
        assertThat(fundamentals.tickers()).containsOnlyKeys("AAPL", "COST", "JPM", "LMT", "MSFT", "NVDA", "UNH", "XOM");
        assertThat(fundamentals.tickers().get("AAPL").file()).endsWith("AAPL_20250715.md");
        assertThat(fundamentals.tickers().get("NVDA").recommendation()).contains("STRONG BUY");
        assertThat(fundamentals.tickers().get("MSFT").conviction()).contains(new BigDecimal("0.82"));
        assertThat(fundamentals.tickers().get("COST").fairValueHigh()).contains(new BigDecimal("1020"));
        assertThat(fundamentals.tickers().get("JPM").currentPrice()).contains(new BigDecimal("288"));
        assertThat(fundamentals.tickers().get("UNH").recommendationSource()).contains(RecommendationSource.PROSE);
        assertThat(fundamentals.tickers().get("UNH").confidence()).contains(new BigDecimal("0.65"));
        assertThat(fundamentals.tickers().get("LMT").generatedDateSource()).isEqualTo(DateSource.DATE_LINE);
        assertThat(fundamentals.staleNotes()).extracting(StaleNote::key).containsExactly("COST", "XOM");
        assertThat(fundamentals.recommendationDistribution()).isEqualTo(
                new java.util.TreeMap<>(Map.of("BUY", 2, "HOLD", 5, "STRONG BUY", 1)));
        assertThat(report.localDataIntegration().notesAfterAsOf()).extracting(NoteAfterAsOf::filePath)
                .containsExactly("data/outputs/fundamental_analysis/AAPL_20250808.md");
        assertThat(report.sectorAnalysis().coverage().sectorsMissingNote())
                .containsExactly("Communication Services", "Consumer Discretionary", "Consumer Staples", "Energy",
                        "Health Care", "Industrials");
        assertThat(report.sectorAnalysis().sectorNotes().get("Financials").recommendation()).contains("HOLD");
        assertThat(report.sectorAnalysis().unmapped()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        fundamentals.tickers().values().forEach(note -> assertThat(note.issues()).as(note.file()).isEmpty());
    }

    @Test
    void demoReport_matchesGoldenJson() throws IOException {
        String json = ResearchJson.MAPPER.writeValueAsString(report());
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, json + "\n");
        }
        JsonNode expected = ResearchJson.MAPPER.readTree(getClass().getResourceAsStream("golden/demo-report.json"));
        assertThat(ResearchJson.MAPPER.readTree(json)).isEqualTo(expected);
    }
}
