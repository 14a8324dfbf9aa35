package dev.tradescope.discovery.plan;

import dev.tradescope.marketdata.MarketData;
import dev.tradescope.marketdata.ProviderId;
import java.util.Objects;
import java.util.Optional;

/**
 * Holds a plan item with where it will come from: the provider asked (for fetches), the calls it
 * costs against that provider's quota, the data already in hand (local file or cache), and why it
 * cannot be obtained when it cannot.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param item     the plan item
 * @param source   where it will come from
 * @param provider the provider that will be asked, or that answered (local, cache)
 * @param calls    the API calls it costs: 1 for a fetch, 0 otherwise
 * @param data     the data in hand (local file, fresh or stale cache entry)
 * @param reason   why it is unavailable, or what a stale entry falls back on
 */
public record ResolvedItem(PlanItem item, ItemSource source, Optional<ProviderId> provider, int calls,
                           Optional<MarketData<?>> data, Optional<String> reason) {

    /** Validates that every component is present. */
    public ResolvedItem {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(reason, "reason");
        if (calls < 0) {
            throw new IllegalArgumentException("calls must not be negative, was " + calls);
        }
    }

    /** Returns a label such as {@code fetch from yahoo} or {@code cached (fresh) yahoo}. */
    public String label() {
        String who = provider.map(ProviderId::id).orElse("");
        switch (source) {
            case FETCH:
                return "fetch from " + who;
            case CACHED_FRESH:
            case CACHED_STALE:
                return source.label() + " " + who;
            default:
                return source.label();
        }
    }
}
