package dev.tradescope.report;

import dev.tradescope.discovery.Confidence;
import dev.tradescope.discovery.DiscoveryResult;
import dev.tradescope.research.LocalDataIntegration;
import dev.tradescope.support.Formats;
import dev.tradescope.trade.TradeIssue;
import dev.tradescope.trade.csv.ReadSummary;
import dev.tradescope.trade.stats.ActivePosition;
import dev.tradescope.trade.stats.PerformanceMetrics;
import dev.tradescope.trade.stats.PortfolioSummary;
import dev.tradescope.trade.stats.StatisticsSnapshot;
import dev.tradescope.trade.stats.TickerPerformance;
import dev.tradescope.trade.stats.TradeRef;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** Renders the short terminal summary of a discovery: headline tables, issues found, where the file went. */
public final class TextSummary {
    private static final int TOP_TICKERS = 5;
    private static final int ISSUES_SHOWN = 5;
    static final int POSITIONS_SHOWN = 10;

    private TextSummary() {
    }

    /** Returns the closing table of a run over several portfolios: one line each, then the shared costs. */
    public static String renderRun(dev.tradescope.discovery.DiscoveryRun run) {
        StringBuilder out = new StringBuilder();
        line(out, "Run over %d portfolios", run.results().size());
        line(out, "  %-24s %7s %7s %9s %12s %10s", "portfolio", "trades", "open", "win rate", "PnL", "confidence");
        for (DiscoveryResult r : run.results()) {
            var m = r.statistics().metrics();
            line(out, "  %-24s %7d %7d %9s %12s %10.2f", r.portfolio().name(), r.statistics().summary().totalTrades(),
                    r.statistics().summary().activeTrades(), percent(m.winRate()), money(m.totalPnl()),
                    r.confidence().overall());
        }
        MarketText.costs(out, run.costs());
        return out.toString();
    }

    /** Returns the summary text; {@code written} is where the document went, if to a file. */
    public static String render(DiscoveryResult result, Optional<Path> written) {
        StringBuilder out = new StringBuilder();
        header(out, result);
        portfolio(out, result.statistics());
        tickers(out, result.statistics());
        positions(out, result.statistics().activePositions());
        research(out, result);
        MarketText.market(out, result);
        quality(out, result.confidence(), result.read());
        footer(out, result, written);
        return out.toString();
    }

    private static void header(StringBuilder out, DiscoveryResult r) {
        line(out, "Discovery of %s as of %s (timeframe %s, strategy %s)", r.portfolio().name(), r.request().asOf(),
                r.request().timeframe().id(), r.request().strategy().orElse("all"));
        line(out, "Source    %s (%,d rows, %,d excluded, %,d outside the filters)", r.portfolio().file(),
                r.read().rowsRead(), r.read().rowsExcluded(), r.runReport().rowsFiltered());
        out.append('\n');
    }

    private static void portfolio(StringBuilder out, StatisticsSnapshot s) {
        PortfolioSummary p = s.summary();
        PerformanceMetrics m = s.metrics();
        line(out, "%-36s %s", "Portfolio", "Closed-trade performance");
        row(out, Formats.format("Trades    %,d (%,d closed, %,d open)", p.totalTrades(), p.closedTrades(),
                p.activeTrades()), Formats.format("Win rate       %s  (%d W / %d L / %d BE)",
                percent(m.winRate()), m.wins(), m.losses(), m.breakevens()));
        row(out, Formats.format("Tickers   %,d", p.uniqueTickers()),
                "Profit factor  " + number(m.profitFactor(), "%.2f"));
        row(out, "Entries   " + p.earliestEntry().map(Object::toString).orElse("-") + " → "
                + p.latestEntry().map(Object::toString).orElse("-"), "Total PnL      " + money(m.totalPnl()));
        row(out, "Exits     " + p.earliestExit().map(Object::toString).orElse("-") + " → "
                + p.latestExit().map(Object::toString).orElse("-"),
                "Total return   " + m.totalReturnPercentage().setScale(2, java.math.RoundingMode.HALF_EVEN) + " %");
        row(out, "Strategies " + s.strategyDistribution().entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")),
                "Expectancy     " + signedPercent(m.expectancyReturn()) + " per trade");
        row(out, "", "Best / worst   " + ref(m.bestTrade()) + " / " + ref(m.worstTrade()));
        row(out, "", "Avg holding    " + number(m.averageHoldingDays(), "%.1f") + " days");
        out.append('\n');
    }

    private static void tickers(StringBuilder out, StatisticsSnapshot s) {
        List<TickerPerformance> ranked = s.tickers().values().stream().filter(t -> t.metrics().closedTrades() > 0)
                .sorted(Comparator.comparing((TickerPerformance t) -> t.metrics().totalReturn()).reversed())
                .collect(Collectors.toList());
        if (ranked.isEmpty()) {
            return;
        }
        line(out, "Tickers by total return (top %d of %d, bottom %d)", Math.min(TOP_TICKERS, ranked.size()),
                ranked.size(), Math.min(TOP_TICKERS, Math.max(0, ranked.size() - TOP_TICKERS)));
        line(out, "  %-10s %6s %8s %10s %12s", "ticker", "closed", "win rate", "return", "PnL");
        List<TickerPerformance> shown = ranked.size() <= 2 * TOP_TICKERS ? ranked
                : java.util.stream.Stream.concat(ranked.stream().limit(TOP_TICKERS),
                ranked.stream().skip(ranked.size() - TOP_TICKERS)).collect(Collectors.toList());
        for (TickerPerformance t : shown) {
            PerformanceMetrics m = t.metrics();
            line(out, "  %-10s %6d %8s %10s %12s", t.name(), m.closedTrades(), percent(m.winRate()),
                    m.totalReturnPercentage().setScale(2, java.math.RoundingMode.HALF_EVEN) + " %", money(m.totalPnl()));
        }
        out.append('\n');
    }

    private static void positions(StringBuilder out, List<ActivePosition> positions) {
        if (positions.isEmpty()) {
            return;
        }
        line(out, "Open positions (%d)", positions.size());
        line(out, "  %-10s %-10s %-10s %5s %10s", "ticker", "strategy", "entry", "days", "return");
        positions.stream().limit(POSITIONS_SHOWN).forEach(p -> line(out, "  %-10s %-10s %-10s %5d %10s", p.ticker(),
                p.strategy(), p.entryDate(), p.daysHeld(), signedPercent(p.currentReturn())));
        if (positions.size() > POSITIONS_SHOWN) {
            line(out, "  … and %d more (see the document)", positions.size() - POSITIONS_SHOWN);
        }
        out.append('\n');
    }

    private static void research(StringBuilder out, DiscoveryResult r) {
        LocalDataIntegration local = r.research().localDataIntegration();
        line(out, "Local research  %d of %d tickers have a fundamental note (%s)%s",
                local.coverageStatistics().tickersWithAnalysis(), local.totalTickers(),
                percent(local.coverageStatistics().fundamentalAnalysisCoverage().doubleValue()),
                local.tickersWithLocalData().isEmpty() ? "" : ": " + String.join(", ", local.tickersWithLocalData()));
        r.research().fundamentalIntegration().tickers().forEach((ticker, note) -> line(out,
                "  %-8s %-11s conf %-5s fair value %-17s upside %-9s %d days old%s", ticker,
                note.recommendation().orElse("-"), note.confidence().map(c -> c.toPlainString()).orElse("-"),
                fairValue(note), note.upsideToFairValueMid().map(u -> Formats.format("%+.1f %%",
                        u.doubleValue() * 100)).orElse("-"), note.ageDays(), note.stale() ? " (stale)" : ""));
        sectors(out, r);
        int stale = r.research().fundamentalIntegration().staleNotes().size();
        if (stale > 0) {
            line(out, "                %d note(s) older than %d days", stale,
                    r.research().fundamentalIntegration().freshnessDays());
        }
        if (!local.notesAfterAsOf().isEmpty()) {
            line(out, "                %d note(s) dated after the as-of date were not used", local.notesAfterAsOf().size());
        }
        List<String> unmapped = r.research().sectorAnalysis().unmapped();
        if (!unmapped.isEmpty()) {
            line(out, "                no sector known for: %s", firstOf(unmapped, POSITIONS_SHOWN));
        }
        r.research().warnings().stream().limit(ISSUES_SHOWN).forEach(w -> line(out, "  warning: %s", w));
        out.append('\n');
    }

    private static String fairValue(dev.tradescope.research.ResearchNote note) {
        if (note.fairValueLow().isEmpty() || note.fairValueHigh().isEmpty()) {
            return "-";
        }
        return "$" + note.fairValueLow().get().toPlainString() + "-" + note.fairValueHigh().get().toPlainString();
    }

    private static void sectors(StringBuilder out, DiscoveryResult r) {
        var sectors = r.research().sectorAnalysis().sectors();
        if (sectors.isEmpty()) {
            return;
        }
        line(out, "Sectors         %s", sectors.entrySet().stream()
                .sorted(Comparator.comparingInt((java.util.Map.Entry<String, dev.tradescope.research.SectorPerformance> e)
                        -> e.getValue().trades()).reversed().thenComparing(java.util.Map.Entry::getKey))
                .map(e -> Formats.format("%s %d%s", e.getKey(), e.getValue().trades(),
                        e.getValue().hasLocalNote() ? "*" : ""))
                .collect(Collectors.joining(", ")) + "   (* = local sector note)");
    }

    private static void quality(StringBuilder out, Confidence c, ReadSummary read) {
        line(out, "Confidence      %.2f (completeness %.2f, derivable %.2f, coverage %.2f, validation %.2f)",
                c.overall(), c.completeness(), c.derivable(), c.fundamentalCoverage(), c.validation());
        if (read.issueTotal() == 0) {
            line(out, "Issues          none");
        } else {
            line(out, "Issues          %d in %d rows: %s", read.issueTotal(), read.rowsWithIssues(),
                    read.issueCounts().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                            .map(e -> e.getKey().id() + " " + e.getValue()).collect(Collectors.joining(", ")));
            read.firstIssues().stream().limit(ISSUES_SHOWN).map(TradeIssue::describe)
                    .forEach(d -> line(out, "  %s", d));
            if (read.issueTotal() > ISSUES_SHOWN) {
                line(out, "  … the document lists the first %d", read.firstIssues().size());
            }
        }
        if (read.derivationTotal() > 0) {
            line(out, "Derived         %s", read.derivations().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        }
        out.append('\n');
    }

    private static void footer(StringBuilder out, DiscoveryResult r, Optional<Path> written) {
        written.ifPresent(path -> line(out, "Written         %s", path));
        line(out, "Run             %.0f ms (%s), peak heap %s%s", r.runReport().totalMillis(),
                r.runReport().phaseMillis().entrySet().stream()
                        .map(e -> Formats.format("%s %.0f ms", e.getKey(), e.getValue()))
                        .collect(Collectors.joining(", ")),
                megabytes(r.runReport().peakHeapBytes()),
                r.runReport().peakRssBytes().isPresent() ? ", peak RSS " + megabytes(r.runReport().peakRssBytes().getAsLong())
                        : "");
    }

    private static void row(StringBuilder out, String left, String right) {
        line(out, "  %-34s %s", left, right);
    }

    // Joins the first names and says how many more there are.
    static String firstOf(List<String> names, int shown) {
        String first = String.join(", ", names.subList(0, Math.min(shown, names.size())));
        return names.size() > shown ? first + " and " + (names.size() - shown) + " more" : first;
    }

    static void line(StringBuilder out, String format, Object... args) {
        out.append(Formats.format(format, args)).append('\n');
    }

    private static String percent(double ratio) {
        return Formats.format("%.1f %%", ratio * 100);
    }

    private static String signedPercent(OptionalDouble ratio) {
        return ratio.isPresent() ? Formats.format("%+.2f %%", ratio.getAsDouble() * 100) : "n/a";
    }

    private static String number(OptionalDouble value, String format) {
        return value.isPresent() ? Formats.format(format, value.getAsDouble()) : "n/a";
    }

    private static String money(BigDecimal value) {
        return Formats.format("%,.2f", value);
    }

    private static String ref(Optional<TradeRef> ref) {
        return ref.map(r -> r.ticker() + " " + Formats.format("%+.2f %%", r.returnValue().doubleValue() * 100))
                .orElse("n/a");
    }

    private static String megabytes(long bytes) {
        return Formats.format("%.0f MB", bytes / 1048576.0);
    }
}
