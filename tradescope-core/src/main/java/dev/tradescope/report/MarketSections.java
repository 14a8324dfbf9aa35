package dev.tradescope.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tradescope.cache.TierCounts;
import dev.tradescope.discovery.RunCosts;
import dev.tradescope.discovery.TickerFundamentals;
import dev.tradescope.discovery.plan.DataPlan;
import dev.tradescope.discovery.plan.ItemOutcome;
import dev.tradescope.discovery.plan.Purpose;
import dev.tradescope.marketdata.CompanyProfile;
import dev.tradescope.marketdata.Provenance;
import dev.tradescope.resilience.ProviderStats;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Writes the market data parts of the document: fundamental sources, the data plan and the run's costs. */
final class MarketSections {
    private static final List<String> TIERS = List.of("memory", "disk", "redis");

    private MarketSections() {
    }

    static ObjectNode fundamentalSources(Map<String, TickerFundamentals> byTicker) {
        ObjectNode n = JsonSupport.object();
        byTicker.forEach((ticker, f) -> {
            ObjectNode t = n.putObject(ticker);
            t.put("source", f.source());
            JsonSupport.putText(t, "file", f.file());
            JsonSupport.putText(t, "provider", f.provider());
            f.profile().ifPresent(p -> profile(t, p));
            JsonSupport.putText(t, "reason", f.reason());
        });
        return n;
    }

    private static void profile(ObjectNode t, CompanyProfile p) {
        t.put("name", p.name());
        JsonSupport.putText(t, "sector", p.sector());
        JsonSupport.putText(t, "industry", p.industry());
        JsonSupport.put(t, "market_cap", p.marketCap());
        JsonSupport.putText(t, "exchange", p.exchange());
    }

    static ArrayNode dataPlan(List<ItemOutcome> items) {
        ArrayNode list = JsonSupport.array();
        for (ItemOutcome o : items) {
            ObjectNode i = list.addObject();
            i.put("item", o.resolved().item().request().describe());
            i.put("kind", o.resolved().item().request().kind().id());
            i.put("subject", DataPlan.subjectOf(o.resolved().item().request()));
            ArrayNode purposes = i.putArray("purposes");
            o.resolved().item().purposes().stream().map(Purpose::id).sorted().forEach(purposes::add);
            i.put("planned", o.resolved().label());
            i.put("calls_planned", o.resolved().calls());
            o.resolved().batch().ifPresent(b -> i.putObject("batch").put("call", b.number()).put("items", b.size()));
            i.put("status", o.status().id());
            o.data().ifPresentOrElse(d -> provenance(i, d.provenance()), () -> i.putNull("provenance"));
            JsonSupport.putText(i, "reason", o.reason());
        }
        return list;
    }

    private static void provenance(ObjectNode i, Provenance p) {
        ObjectNode n = i.putObject("provenance");
        n.put("provider", p.provider().id());
        n.put("requested_at", p.requestedAt().toString());
        JsonSupport.putText(n, "market_date", p.marketDate());
        n.put("from_cache", p.fromCache());
        n.put("stale", p.stale());
        if (p.age().isPresent()) {
            n.put("age_seconds", p.age().get().toSeconds());
        } else {
            n.putNull("age_seconds");
        }
    }

    static void costs(ObjectNode n, RunCosts costs) {
        ObjectNode items = n.putObject("items");
        items.put("planned", costs.outcomes().size());
        costs.countByStatus().forEach((status, count) -> items.put(status.id(), count));
        n.put("api_calls", costs.apiCalls());
        ObjectNode providers = n.putObject("providers");
        for (ProviderStats s : costs.providers()) {
            ObjectNode p = providers.putObject(s.provider().id());
            p.put("attempted", s.attempted());
            p.put("calls", s.calls());
            p.put("succeeded", s.succeeded());
            p.put("rate_limited", s.rateLimited());
            p.put("failed", s.failed());
            p.put("retries", s.retries());
            JsonSupport.put(p, "waited_seconds", s.waitedSeconds());
            if (s.quotaLeftToday().isPresent()) {
                p.put("quota_left_today", s.quotaLeftToday().getAsLong());
            } else {
                p.putNull("quota_left_today");
            }
            p.put("breaker_state", s.breakerState());
        }
        cache(n.putObject("cache"), costs);
        ArrayNode warnings = n.putArray("warnings");
        costs.warnings().forEach(warnings::add);
    }

    private static void cache(ObjectNode c, RunCosts costs) {
        JsonSupport.put(c, "hit_ratio", costs.cacheHitRatio());
        ObjectNode tiers = c.putObject("tier_hit_ratio");
        TreeSet<String> seen = new TreeSet<>();
        costs.cache().rows().stream().map(TierCounts::tier).forEach(seen::add);
        TIERS.stream().filter(seen::contains).forEach(t -> JsonSupport.put(tiers, t, costs.tierHitRatio(t)));
        c.put("loads", costs.cache().loads());
    }
}
