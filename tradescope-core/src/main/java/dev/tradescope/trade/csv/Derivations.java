package dev.tradescope.trade.csv;

import java.util.Map;
import java.util.TreeMap;

/** Counts the derived values per column. */
final class Derivations {
    private final Map<String, Long> counts = new TreeMap<>();

    void count(String column) {
        counts.merge(column, 1L, Long::sum);
    }

    void addAll(Derivations other) {
        other.counts.forEach((column, count) -> counts.merge(column, count, Long::sum));
    }

    Map<String, Long> snapshot() {
        return Map.copyOf(counts);
    }
}
