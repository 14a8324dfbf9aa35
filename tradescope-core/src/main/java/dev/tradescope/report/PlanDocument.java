package dev.tradescope.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tradescope.discovery.PlanReport;
import dev.tradescope.discovery.plan.DataPlan;
import dev.tradescope.discovery.plan.Purpose;
import dev.tradescope.discovery.plan.ResolvedItem;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.resilience.ProviderStats;
import dev.tradescope.support.Formats;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/** Renders a run's data plan ({@code discover --plan}) as text or JSON: items, sources, calls against quotas. */
public final class PlanDocument {

    private PlanDocument() {
    }

    /** Returns the plan as a JSON tree. */
    public static ObjectNode json(PlanReport plan) {
        ObjectNode n = JsonSupport.object();
        ArrayNode portfolios = n.putArray("portfolios");
        plan.portfolios().forEach(portfolios::add);
        ArrayNode items = n.putArray("items");
        for (ResolvedItem item : plan.items()) {
            ObjectNode i = items.addObject();
            i.put("item", item.item().request().describe());
            i.put("kind", item.item().request().kind().id());
            i.put("subject", DataPlan.subjectOf(item.item().request()));
            ArrayNode purposes = i.putArray("purposes");
            item.item().purposes().stream().map(Purpose::id).sorted().forEach(purposes::add);
            ArrayNode needed = i.putArray("portfolios");
            item.item().portfolios().forEach(needed::add);
            i.put("source", item.label());
            i.put("calls", item.calls());
            item.batch().ifPresent(b -> i.putObject("batch").put("call", b.number()).put("items", b.size()));
            JsonSupport.putText(i, "reason", item.reason());
        }
        ArrayNode warnings = n.putArray("warnings");
        plan.warnings().forEach(warnings::add);
        ObjectNode calls = n.putObject("calls_by_provider");
        plan.callsByProvider().forEach((provider, count) -> {
            ObjectNode p = calls.putObject(provider.id());
            p.put("planned", count);
            OptionalLong left = quotaLeft(plan, provider);
            if (left.isPresent()) {
                p.put("quota_left_today", left.getAsLong());
            } else {
                p.putNull("quota_left_today");
            }
        });
        return n;
    }

    /** Returns the plan as text: one line per item, then the calls per provider against their quota. */
    public static String text(PlanReport plan) {
        StringBuilder out = new StringBuilder();
        out.append(Formats.format("Data plan for %s: %d items%n", String.join(", ", plan.portfolios()),
                plan.items().size()));
        out.append(Formats.format("  %-44s %-16s %-24s %s%n", "item", "purpose", "source", "calls"));
        for (ResolvedItem item : plan.items()) {
            out.append(Formats.format("  %-44s %-16s %-24s %d%s%n", item.item().request().describe(),
                    item.item().purposes().stream().map(Purpose::id).sorted().collect(Collectors.joining(",")),
                    item.label(), item.calls(), item.reason().map(r -> "   " + r).orElse("")));
        }
        Map<ProviderId, Integer> calls = plan.callsByProvider();
        if (calls.isEmpty()) {
            out.append("No API call is needed.\n");
        }
        calls.forEach((provider, count) -> {
            OptionalLong left = quotaLeft(plan, provider);
            out.append(Formats.format("%s: %d call(s)%s%n", provider.id(), count,
                    left.isPresent() ? " of " + left.getAsLong() + " left today" : " (no daily quota)"));
        });
        plan.warnings().forEach(w -> out.append("warning: ").append(w).append('\n'));
        return out.toString();
    }

    private static OptionalLong quotaLeft(PlanReport plan, ProviderId provider) {
        return plan.providers().stream().filter(s -> s.provider() == provider).findFirst()
                .map(ProviderStats::quotaLeftToday).orElse(OptionalLong.empty());
    }
}
