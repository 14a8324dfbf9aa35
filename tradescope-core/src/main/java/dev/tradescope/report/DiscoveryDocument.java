package dev.tradescope.report;

import static dev.tradescope.report.JsonSupport.plain;
import static dev.tradescope.report.JsonSupport.put;
import static dev.tradescope.report.JsonSupport.putText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tradescope.discovery.Confidence;
import dev.tradescope.discovery.DiscoveryResult;
import dev.tradescope.discovery.RunReport;
import dev.tradescope.research.ResearchReport;
import dev.tradescope.trade.TradeIssue;
import dev.tradescope.trade.csv.ReadSummary;
import dev.tradescope.trade.stats.ActivePosition;
import dev.tradescope.trade.stats.PerformanceMetrics;
import dev.tradescope.trade.stats.PortfolioSummary;
import dev.tradescope.trade.stats.StatisticsSnapshot;
import dev.tradescope.trade.stats.TickerPerformance;
import dev.tradescope.trade.stats.TradeRef;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the discovery document (snake_case JSON, tickers sorted, no NaN or Infinity) from a
 * {@link DiscoveryResult}. The section layout is described by {@code docs/schema/discovery.schema.json}
 * and is a superset of the consumer schema of the analysis pipeline.
 */
public final class DiscoveryDocument {
    /** The tool name written in the document. */
    public static final String TOOL_NAME = "tradescope";

    private DiscoveryDocument() {
    }

    /**
     * Writes a small tree (loading the JSON writing classes) and looks up, once, how the record types the
     * document holds are written (their components and names). Called on a background thread while a run
     * starts, it takes that work off the run's path. Calling it is optional; it never fails.
     */
    public static void prepare() {
        try {
            ObjectNode sample = JsonSupport.object();
            sample.put("prepared", BigDecimal.ONE);
            sample.set("list", JsonSupport.array().add("text").add(JsonSupport.nullNode()));
            JsonSupport.write(sample, Writer.nullWriter());
            RecordJson.prepare(List.of(dev.tradescope.research.LocalDataIntegration.class,
                    dev.tradescope.research.FundamentalIntegration.class, dev.tradescope.research.SectorAnalysis.class,
                    dev.tradescope.context.MarketContext.class, dev.tradescope.research.PriorDiscovery.class));
        } catch (IOException | RuntimeException e) {
            // the document looks them up itself when it needs them
        }
    }

    /** Returns the document as a JSON tree. */
    public static ObjectNode of(DiscoveryResult result) {
        StatisticsSnapshot stats = result.statistics();
        ResearchReport research = result.research();
        ObjectNode doc = JsonSupport.object();
        doc.put("portfolio", result.portfolio().name());
        doc.set("discovery_metadata", metadata(result));
        doc.set("portfolio_summary", summary(stats.summary()));
        ObjectNode strategies = doc.putObject("strategy_distribution");
        stats.strategyDistribution().forEach(strategies::put);
        doc.set("ticker_performance", performances(stats.tickers()));
        doc.set("strategy_performance", performances(stats.strategies()));
        doc.set("performance_metrics", metrics(stats.metrics()));
        ObjectNode quality = doc.putObject("quality_distribution");
        stats.qualityDistribution().forEach(quality::put);
        doc.set("active_positions", activePositions(stats));
        doc.set("data_quality_assessment", dataQuality(result));
        ObjectNode local = JsonSupport.tree(research.localDataIntegration());
        local.set("prior_discovery", priorDiscovery(result.prior()));
        doc.set("local_data_integration", local);
        doc.set("fundamental_integration", JsonSupport.section(research.fundamentalIntegration()));
        doc.set("sector_analysis", JsonSupport.section(research.sectorAnalysis()));
        doc.set("market_context", JsonSupport.section(result.market()));
        doc.set("fundamental_sources", MarketSections.fundamentalSources(result.fundamentals()));
        doc.set("data_plan", MarketSections.dataPlan(result.items()));
        doc.set("next_phase_inputs", NextPhaseInputs.of(result));
        doc.set("run_report", runReport(result.runReport(), result.read()));
        return doc;
    }

    private static ObjectNode priorDiscovery(dev.tradescope.discovery.PriorUse use) {
        ObjectNode n = use.prior().map(JsonSupport::tree).orElseGet(JsonSupport::object);
        n.put("found", use.prior().isPresent());
        n.put("market_context_reused", use.reused());
        n.put("note", use.note());
        return n;
    }

    private static ObjectNode metadata(DiscoveryResult result) {
        ObjectNode m = JsonSupport.object();
        m.put("execution_timestamp", result.executionTimestamp().toString());
        m.put("as_of", result.request().asOf().toString());
        m.put("data_source", result.portfolio().file().toAbsolutePath().normalize().toString());
        ObjectNode input = m.putObject("input_file");
        input.put("path", result.read().file().toAbsolutePath().normalize().toString());
        input.put("size_bytes", result.read().sizeBytes());
        input.put("content_hash", result.read().contentHash());
        putText(input, "file_date", result.portfolio().fileDate());
        ObjectNode parameters = m.putObject("parameters");
        parameters.put("workspace", result.request().workspace().toString());
        parameters.put("timeframe", result.request().timeframe().id());
        parameters.put("strategy", result.request().strategy().orElse("all"));
        ObjectNode tool = m.putObject("tool");
        tool.put("name", TOOL_NAME);
        tool.put("version", result.toolVersion());
        put(m, "confidence_score", result.confidence().overall());
        put(m, "data_completeness", result.confidence().completeness());
        m.set("consumer_schema", ConsumerCompatibility.of(result).toJson());
        return m;
    }

    private static ObjectNode summary(PortfolioSummary s) {
        ObjectNode n = JsonSupport.object();
        n.put("total_trades", s.totalTrades());
        n.put("closed_trades", s.closedTrades());
        n.put("active_trades", s.activeTrades());
        n.put("unique_tickers", s.uniqueTickers());
        ObjectNode range = n.putObject("date_range");
        putText(range, "earliest_entry", s.earliestEntry());
        putText(range, "latest_entry", s.latestEntry());
        putText(range, "earliest_exit", s.earliestExit());
        putText(range, "latest_exit", s.latestExit());
        return n;
    }

    private static ObjectNode performances(Map<String, TickerPerformance> byName) {
        ObjectNode n = JsonSupport.object();
        byName.values().stream().filter(t -> t.metrics().closedTrades() > 0)
                .forEach(t -> n.set(t.name(), performance(t)));
        return n;
    }

    private static ObjectNode performance(TickerPerformance t) {
        PerformanceMetrics m = t.metrics();
        ObjectNode n = JsonSupport.object();
        n.put("total_trades", t.totalTrades());
        n.put("closed_trades", m.closedTrades());
        n.put("active_trades", t.activeTrades());
        n.put("wins", m.wins());
        n.put("losses", m.losses());
        n.put("breakevens", m.breakevens());
        n.put("decisive_trades", m.decisiveTrades());
        put(n, "win_rate", m.winRate());
        n.put("total_return", plain(m.totalReturn()));
        put(n, "avg_return", m.expectancyReturn());
        n.put("total_pnl", plain(m.totalPnl()));
        put(n, "profit_factor", m.profitFactor());
        return n;
    }

    private static ObjectNode metrics(PerformanceMetrics m) {
        ObjectNode n = JsonSupport.object();
        n.put("closed_trades", m.closedTrades());
        n.put("decisive_trades", m.decisiveTrades());
        put(n, "win_rate", m.winRate());
        n.put("total_wins", m.wins());
        n.put("total_losses", m.losses());
        n.put("total_breakeven", m.breakevens());
        put(n, "average_win_return", m.averageWinReturn());
        put(n, "average_loss_return", m.averageLossReturn());
        put(n, "profit_factor", m.profitFactor());
        n.put("total_pnl", plain(m.totalPnl()));
        n.put("total_return_percentage", plain(m.totalReturnPercentage()));
        put(n, "expectancy_per_trade", m.expectancyReturn());
        put(n, "expectancy_pnl_per_trade", m.expectancyPnl());
        n.set("best_trade", tradeRef(m.bestTrade()));
        n.set("worst_trade", tradeRef(m.worstTrade()));
        put(n, "average_holding_days", m.averageHoldingDays());
        put(n, "mean_mfe", m.excursions().meanMfe());
        put(n, "mean_mae", m.excursions().meanMae());
        put(n, "mfe_mae_ratio", m.excursions().mfeMaeRatio());
        put(n, "mfe_capture", m.excursions().mfeCapture());
        return n;
    }

    private static JsonNode tradeRef(Optional<TradeRef> ref) {
        if (ref.isEmpty()) {
            return JsonSupport.nullNode();
        }
        TradeRef r = ref.get();
        ObjectNode n = JsonSupport.object();
        n.put("ticker", r.ticker());
        n.put("position_uuid", r.positionId());
        n.put("line", r.line());
        n.put("entry_date", r.entryDate().toString());
        n.put("return", plain(r.returnValue()));
        if (r.pnl().isPresent()) {
            n.put("pnl", plain(r.pnl().get()));
        } else {
            n.putNull("pnl");
        }
        return n;
    }

    private static ArrayNode activePositions(StatisticsSnapshot stats) {
        ArrayNode list = JsonSupport.array();
        for (ActivePosition p : stats.activePositions()) {
            ObjectNode n = list.addObject();
            n.put("ticker", p.ticker());
            n.put("strategy", p.strategy());
            n.put("position_uuid", p.positionId());
            n.put("line", p.line());
            n.put("entry_date", p.entryDate().toString());
            put(n, "entry_price", p.entryPrice());
            n.put("days_held", p.daysHeld());
            put(n, "current_return", p.currentReturn());
            put(n, "export_days_since_entry", p.exportedDaysSinceEntry());
            n.put("trade_quality", p.tradeQuality());
        }
        return list;
    }

    private static ObjectNode dataQuality(DiscoveryResult result) {
        Confidence c = result.confidence();
        ReadSummary read = result.read();
        ObjectNode n = JsonSupport.object();
        put(n, "overall_confidence", c.overall());
        ObjectNode components = n.putObject("confidence_components");
        put(components, "completeness", c.completeness());
        put(components, "derivable", c.derivable());
        put(components, "fundamental_coverage", c.fundamentalCoverage());
        put(components, "validation", c.validation());
        put(components, "market_data_penalty", c.marketPenalty());
        put(n, "fundamental_coverage_confidence", c.fundamentalCoverage());
        n.put("rows_read", read.rowsRead());
        n.put("rows_excluded", read.rowsExcluded());
        n.put("rows_with_issues", read.rowsWithIssues());
        n.put("issue_total", read.issueTotal());
        ObjectNode counts = n.putObject("issue_counts");
        read.issueCounts().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> counts.put(e.getKey().id(), e.getValue()));
        ArrayNode issues = n.putArray("issues");
        for (TradeIssue issue : read.firstIssues()) {
            ObjectNode i = issues.addObject();
            i.put("kind", issue.kind().id());
            i.put("line", issue.line());
            i.put("column", issue.column());
            i.put("value", issue.value());
            i.put("reason", issue.reason());
        }
        n.put("issues_listed", read.firstIssues().size());
        n.put("duplicate_check_exact", read.duplicateCheckExact());
        ObjectNode derived = n.putObject("derived_fields");
        read.derivations().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> derived.put(e.getKey(), e.getValue()));
        n.set("undefined_metrics", UndefinedMetrics.of(result.statistics().metrics()));
        ArrayNode warnings = n.putArray("research_warnings");
        result.research().warnings().forEach(warnings::add);
        return n;
    }

    private static ObjectNode runReport(RunReport report, ReadSummary read) {
        ObjectNode n = JsonSupport.object();
        ObjectNode phases = n.putObject("phase_millis");
        report.phaseMillis().forEach((phase, ms) -> put(phases, phase, Math.round(ms * 1000) / 1000.0));
        put(n, "total_millis", Math.round(report.totalMillis() * 1000) / 1000.0);
        n.put("rows_read", report.rowsRead());
        n.put("rows_rejected", report.rowsRejected());
        n.put("rows_filtered", report.rowsFiltered());
        n.put("rows_analysed", read.rowsAccepted() - report.rowsFiltered());
        n.put("input_bytes", read.sizeBytes());
        n.put("peak_heap_bytes", report.peakHeapBytes());
        if (report.peakRssBytes().isPresent()) {
            n.put("peak_rss_bytes", report.peakRssBytes().getAsLong());
        } else {
            n.putNull("peak_rss_bytes");
        }
        MarketSections.costs(n, report.costs());
        return n;
    }
}
