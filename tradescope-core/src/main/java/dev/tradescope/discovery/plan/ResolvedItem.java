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
 * @param batch    the call it shares with other items, when the provider takes several in one call;
 *                 the first item of a batch carries its call, the others none
 */
public record ResolvedItem(PlanItem item, ItemSource source, Optional<ProviderId> provider, int calls,
                           Optional<MarketData<?>> data, Optional<String> reason, Optional<Batch> batch) {

    /** Validates that every component is present. */
    public ResolvedItem {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(batch, "batch");
        if (calls < 0) {
            throw new IllegalArgumentException("calls must not be negative, was " + calls);
        }
    }

    /** Builds an item asked for on its own. */
    public ResolvedItem(PlanItem item, ItemSource source, Optional<ProviderId> provider, int calls,
                        Optional<MarketData<?>> data, Optional<String> reason) {
        this(item, source, provider, calls, data, reason, Optional.empty());
    }

    /**
     * Names one call that carries several items.
     *
     * @param number the call's number in the plan, from 1
     * @param size   how many items it carries
     */
    public record Batch(int number, int size) {
    }

    /** Returns this item as a member of a batch, carrying {@code calls} of its call (1 or 0). */
    ResolvedItem inBatch(Batch shared, int callsCarried) {
        return new ResolvedItem(item, source, provider, callsCarried, data, reason, Optional.of(shared));
    }

    /**
     * Returns a label such as {@code fetch from yahoo}, {@code cached (fresh) yahoo} or, for an item
     * sharing a call, {@code fetch from fmp (call 1: 10 items)}.
     */
    public String label() {
        String who = provider.map(ProviderId::id).orElse("");
        String shared = batch.map(b -> " (call " + b.number() + ": " + b.size() + " items)").orElse("");
        switch (source) {
            case FETCH:
                return "fetch from " + who + shared;
            case CACHED_FRESH:
            case CACHED_STALE:
                return source.label() + " " + who + shared;
            default:
                return source.label();
        }
    }
}
