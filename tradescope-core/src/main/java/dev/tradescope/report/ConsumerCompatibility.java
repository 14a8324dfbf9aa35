package dev.tradescope.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tradescope.discovery.DiscoveryResult;
import dev.tradescope.trade.stats.ActivePosition;
import dev.tradescope.trade.stats.StatisticsSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Tells whether a document stays within the constraints of the analysis pipeline's consumer schema
 * ({@code sensylate_trade_history_discovery_schema.json}), and if not, why. The document itself is
 * always complete and valid against the project's own schema.
 */
final class ConsumerCompatibility {
    static final String SCHEMA = "sensylate_trade_history_discovery_schema";
    private static final Pattern CONSUMER_TICKER = Pattern.compile("[A-Z]{1,5}");
    private static final double MIN_CONFIDENCE = 0.5;
    private static final double MIN_COMPLETENESS = 0.6;

    private final List<String> reasons;

    private ConsumerCompatibility(List<String> reasons) {
        this.reasons = List.copyOf(reasons);
    }

    static ConsumerCompatibility of(DiscoveryResult result) {
        StatisticsSnapshot stats = result.statistics();
        List<String> reasons = new ArrayList<>();
        List<String> odd = stats.tickers().keySet().stream().filter(t -> !CONSUMER_TICKER.matcher(t).matches())
                .collect(Collectors.toList());
        if (!odd.isEmpty()) {
            reasons.add("tickers outside the consumer pattern ^[A-Z]{1,5}$: " + String.join(", ", odd));
        }
        if (stats.metrics().profitFactor().isEmpty()) {
            reasons.add("profit_factor is undefined (null)");
        }
        if (result.confidence().overall() < MIN_CONFIDENCE) {
            reasons.add("confidence_score below " + MIN_CONFIDENCE);
        }
        if (result.confidence().completeness() < MIN_COMPLETENESS) {
            reasons.add("data_completeness below " + MIN_COMPLETENESS);
        }
        if (stats.tickers().values().stream().anyMatch(t -> t.metrics().closedTrades() > 0
                && t.metrics().expectancyReturn().isEmpty())) {
            reasons.add("a ticker's avg_return is undefined (null)");
        }
        if (stats.activePositions().stream().map(ActivePosition::currentReturn).anyMatch(r -> r.isEmpty())) {
            reasons.add("an active position has no current_return (null)");
        }
        return new ConsumerCompatibility(reasons);
    }

    ObjectNode toJson() {
        ObjectNode n = JsonSupport.object();
        n.put("schema", SCHEMA);
        n.put("compatible", reasons.isEmpty());
        ArrayNode list = n.putArray("reasons");
        reasons.forEach(list::add);
        return n;
    }
}
