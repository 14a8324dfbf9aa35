package dev.tradescope.discovery.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Holds what one portfolio's discovery needs from market data, as phases 0 and 1 found it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param portfolio        the portfolio name
 * @param windowStart      the first entry date
 * @param windowEnd        the last exit date, or the as-of date when positions are open
 * @param asOf             the as-of date
 * @param benchmarks       the benchmark symbols, the chosen one first
 * @param profileTickers   tickers that need a company profile (no local note, or no known sector)
 * @param openSince        for each ticker with an open position, its earliest open entry date
 * @param holdsCrypto      whether the portfolio trades crypto symbols
 */
public record PlanInputs(String portfolio, LocalDate windowStart, LocalDate windowEnd, LocalDate asOf,
                         List<String> benchmarks, Set<String> profileTickers, Map<String, LocalDate> openSince,
                         boolean holdsCrypto) {

    /** Copies the collections and checks the dates. */
    public PlanInputs {
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(windowStart, "windowStart");
        Objects.requireNonNull(windowEnd, "windowEnd");
        Objects.requireNonNull(asOf, "asOf");
        if (windowEnd.isBefore(windowStart) || asOf.isBefore(windowEnd)) {
            throw new IllegalArgumentException(portfolio + ": window " + windowStart + ".." + windowEnd
                    + " must end on or before the as-of date " + asOf);
        }
        benchmarks = List.copyOf(benchmarks);
        profileTickers = Set.copyOf(profileTickers);
        SortedMap<String, LocalDate> sorted = new TreeMap<>(openSince);
        openSince = java.util.Collections.unmodifiableSortedMap(sorted);
    }
}
