package dev.tradescope.discovery;

import dev.tradescope.discovery.plan.ResolvedItem;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.resilience.ProviderStats;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Holds a run's data plan (what {@code discover --plan} prints): every item with where it would
 * come from and what it would cost, and the quota each provider has left today.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param portfolios the portfolios of the run
 * @param items      the resolved items
 * @param providers  the providers' figures (quota left today)
 * @param warnings   where the planned calls will meet a limit (quota, per-minute limits, deadline)
 */
public record PlanReport(List<String> portfolios, List<ResolvedItem> items, List<ProviderStats> providers,
                         List<String> warnings) {

    /** Copies the lists. */
    public PlanReport {
        portfolios = List.copyOf(portfolios);
        items = List.copyOf(items);
        providers = List.copyOf(providers);
        warnings = List.copyOf(warnings);
    }

    /** Returns the planned API calls per provider. */
    public Map<ProviderId, Integer> callsByProvider() {
        return callsByProvider(items);
    }

    /** Returns the planned API calls per provider of resolved items. */
    static Map<ProviderId, Integer> callsByProvider(List<ResolvedItem> items) {
        Map<ProviderId, Integer> calls = new TreeMap<>();
        items.stream().filter(i -> i.calls() > 0)
                .forEach(i -> calls.merge(i.provider().orElseThrow(), i.calls(), Integer::sum));
        return calls;
    }
}
