package dev.tradescope.cache;

import dev.tradescope.marketdata.ProviderId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts cache events per provider and tier while a run goes on; {@link #snapshot()} returns the
 * figures for the run report. Source-level events (loads, load failures, stale serves) are counted
 * under the tier {@value #SOURCE}.
 *
 * <p>This class is thread-safe.
 */
public final class CacheStats {
    /** The pseudo-tier under which loads, load failures and stale serves are counted. */
    public static final String SOURCE = "source";

    /** Names the counted events. */
    public enum Event {
        /** A fresh entry was found in the tier. */
        HIT,
        /** The tier had no fresh entry. */
        MISS,
        /** An expired entry was served because the fetch failed. */
        STALE_SERVE,
        /** The source was asked for the data. */
        LOAD,
        /** The source answered with a failure. */
        LOAD_FAILURE,
        /** An entry was evicted to respect the size bound. */
        EVICTION,
        /** A payload was read from the tier (counts bytes). */
        BYTES_READ,
        /** A payload was written to the tier (counts bytes). */
        BYTES_WRITTEN,
        /** A corrupt entry was moved aside. */
        QUARANTINE
    }

    private final Map<Slot, Map<Event, LongAdder>> counters = new ConcurrentHashMap<>();

    /** Adds one to an event's count. */
    public void increment(ProviderId provider, String tier, Event event) {
        add(provider, tier, event, 1);
    }

    /** Adds an amount to an event's count. */
    public void add(ProviderId provider, String tier, Event event, long amount) {
        counters.computeIfAbsent(new Slot(provider, tier), slot -> newCounters()).get(event).add(amount);
    }

    private static Map<Event, LongAdder> newCounters() {
        Map<Event, LongAdder> byEvent = new EnumMap<>(Event.class);
        for (Event event : Event.values()) {
            byEvent.put(event, new LongAdder());
        }
        return byEvent;
    }

    /** Returns the counts so far, one row per provider and tier, sorted. */
    public CacheStatsSnapshot snapshot() {
        List<TierCounts> rows = new ArrayList<>();
        counters.forEach((slot, byEvent) -> rows.add(countsOf(slot, byEvent)));
        rows.sort(Comparator.comparing((TierCounts row) -> row.provider().id()).thenComparing(TierCounts::tier));
        return new CacheStatsSnapshot(rows);
    }

    private static TierCounts countsOf(Slot slot, Map<Event, LongAdder> byEvent) {
        Map<Event, Long> sums = new EnumMap<>(Event.class);
        byEvent.forEach((event, adder) -> sums.put(event, adder.sum()));
        return TierCounts.of(slot.provider(), slot.tier(), sums);
    }

    // Written out rather than generated: a record's generated equals and hashCode are linked through
    // method handles on first use, which costs a short run more than all its cache lookups.
    private record Slot(ProviderId provider, String tier) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Slot slot && provider == slot.provider && tier.equals(slot.tier);
        }

        @Override
        public int hashCode() {
            return 31 * provider.hashCode() + tier.hashCode();
        }
    }
}
