package dev.tradescope.bench.research;

import dev.tradescope.research.ResearchInventory;
import dev.tradescope.research.TickerTradeSummary;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Generates a synthetic research workspace (seeded, deterministic): {@code notesPerTicker} fundamental notes
 * of about 7 KB in the July layout for each of {@code tickers} tickers, a note per GICS sector, and the
 * matching portfolio summaries and sector overrides. Some notes are dated after the as-of date.
 */
public final class ResearchWorkspaceGenerator {

    /** The as-of date the generated workspace is meant to be assessed at. */
    public static final LocalDate AS_OF = LocalDate.of(2025, 7, 31);

    private static final String[] SECTORS = {"technology", "financials", "health_care", "industrials", "energy",
        "consumer_discretionary", "consumer_staples", "materials", "real_estate", "utilities",
        "communication_services"};
    private static final String[] RECOMMENDATIONS = {"BUY", "HOLD", "SELL", "STRONG BUY", "**BUY**"};

    private final int tickers;
    private final int notesPerTicker;

    /** Builds a generator for {@code tickers} tickers with {@code notesPerTicker} notes each. */
    public ResearchWorkspaceGenerator(int tickers, int notesPerTicker) {
        this.tickers = tickers;
        this.notesPerTicker = notesPerTicker;
    }

    /** Returns the ticker of index {@code i} ({@code TK0001}, …). */
    public static String ticker(int i) {
        return String.format(Locale.ROOT, "TK%04d", i + 1);
    }

    /** Writes the notes under {@code workspace}; returns the number of files written. */
    public int write(Path workspace) throws IOException {
        Path fundamentals = Files.createDirectories(workspace.resolve(ResearchInventory.FUNDAMENTAL_FOLDER));
        Path sectors = Files.createDirectories(workspace.resolve(ResearchInventory.SECTOR_FOLDER));
        Random random = new Random(42);
        int written = 0;
        for (int i = 0; i < tickers; i++) {
            for (int n = 0; n < notesPerTicker; n++) {
                LocalDate date = AS_OF.minusDays(random.nextInt(200) - 20L);
                Files.writeString(fundamentals.resolve(ticker(i) + "_" + compact(date) + ".md"),
                        note(ticker(i), date, random));
                written++;
            }
        }
        for (String sector : SECTORS) {
            Files.writeString(sectors.resolve(sector + "_20250715.md"), note(sector.toUpperCase(Locale.ROOT),
                    LocalDate.of(2025, 7, 15), random));
            written++;
        }
        return written;
    }

    /** Returns one trade summary per ticker, as the trade statistics would give them. */
    public List<TickerTradeSummary> portfolio() {
        Random random = new Random(7);
        List<TickerTradeSummary> summaries = new ArrayList<>();
        for (int i = 0; i < tickers; i++) {
            int closed = random.nextInt(10);
            int open = random.nextInt(3);
            int wins = closed == 0 ? 0 : random.nextInt(closed + 1);
            int losses = closed - wins;
            BigDecimal totalReturn = BigDecimal.valueOf(random.nextInt(4001) - 2000L, 4);
            summaries.add(new TickerTradeSummary(ticker(i), closed + open, closed, open, wins, losses, totalReturn));
        }
        return summaries;
    }

    /** Returns sector overrides for 90% of the tickers (the rest stay unmapped). */
    public Map<String, String> sectorOverrides() {
        Map<String, String> overrides = new LinkedHashMap<>();
        for (int i = 0; i < tickers; i++) {
            if (i % 10 != 9) {
                overrides.put(ticker(i), SECTORS[i % SECTORS.length]);
            }
        }
        return overrides;
    }

    private static String compact(LocalDate date) {
        return date.toString().replace("-", "");
    }

    private static String note(String name, LocalDate date, Random random) {
        int low = 20 + random.nextInt(400);
        StringBuilder text = new StringBuilder(8192);
        text.append("# ").append(name).append(" Holdings Inc. (").append(name).append(") - Fundamental Analysis\n")
                .append("*Generated: ").append(date).append(" | Confidence: 0.").append(5 + random.nextInt(5))
                .append("/1.0 | Data Quality: 0.9/1.0*\n\n## Investment Thesis & Recommendation\n\n### Core Thesis\n")
                .append("A synthetic company used to measure the research inventory on large folders.\n\n")
                .append("### Recommendation: ").append(RECOMMENDATIONS[random.nextInt(RECOMMENDATIONS.length)])
                .append(" | Conviction: ").append(5 + random.nextInt(5)).append(".0/10.0\n")
                .append("- **Fair Value Range**: $").append(low).append(" - $").append(low + 40)
                .append(" (Current: $").append(low + random.nextInt(50)).append(".25) | Confidence: 0.8/1.0\n")
                .append("- **Expected Return**: ").append(random.nextInt(30)).append(".5% (12M horizon)\n\n");
        for (int section = 0; section < 6; section++) {
            text.append("## Section ").append(section).append("\n\n| Metric | Current | 3Y Avg | Confidence |\n")
                    .append("|--------|---------|--------|------------|\n");
            for (int row = 0; row < 8; row++) {
                text.append("| Metric ").append(row).append(" | ").append(random.nextInt(100)).append("% | ")
                        .append(random.nextInt(100)).append("% | 0.9 |\n");
            }
            text.append("\nThe business shows steady demand, disciplined capital allocation and a balance sheet that ")
                    .append("supports its dividend; risks are cyclical and priced in at current levels.\n\n");
        }
        return text.toString();
    }
}
