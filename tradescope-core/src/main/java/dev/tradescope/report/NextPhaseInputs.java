package dev.tradescope.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tradescope.discovery.DiscoveryResult;
import dev.tradescope.trade.stats.ActivePosition;
import dev.tradescope.trade.stats.PortfolioSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/** Lists what the analysis phase needs next: the trading window, the benchmarks and the gaps in local data. */
final class NextPhaseInputs {
    static final List<String> BENCHMARKS = List.of("SPY", "QQQ", "VTI");
    private static final double READY_CONFIDENCE = 0.5;

    private NextPhaseInputs() {
    }

    static ObjectNode of(DiscoveryResult result) {
        PortfolioSummary s = result.statistics().summary();
        LocalDate asOf = result.request().asOf();
        ObjectNode n = JsonSupport.object();
        n.put("ready_for_analysis", s.totalTrades() > 0 && result.confidence().overall() >= READY_CONFIDENCE);
        ObjectNode window = n.putObject("trading_window");
        JsonSupport.putText(window, "start", s.earliestEntry());
        window.put("end", s.activeTrades() > 0 ? asOf.toString()
                : s.latestExit().filter(d -> !d.isAfter(asOf)).orElse(asOf).toString());
        ArrayNode benchmarks = n.putArray("benchmark_symbols");
        BENCHMARKS.forEach(benchmarks::add);
        ArrayNode missing = n.putArray("tickers_missing_fundamentals");
        result.research().localDataIntegration().tickersMissingLocalData().forEach(missing::add);
        ArrayNode unmapped = n.putArray("tickers_without_sector");
        result.research().sectorAnalysis().unmapped().forEach(unmapped::add);
        ArrayNode open = n.putArray("open_position_tickers");
        result.statistics().activePositions().stream().map(ActivePosition::ticker)
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)).forEach(open::add);
        return n;
    }
}
