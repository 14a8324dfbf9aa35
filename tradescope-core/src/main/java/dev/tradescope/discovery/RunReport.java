package dev.tradescope.discovery;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Says what a discovery run cost: wall time per phase, rows read and rejected, the peak heap and
 * peak RSS of the process, and the market data costs of the run. Counted by the code that did the
 * work, never estimated.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param phaseMillis   wall time per phase in milliseconds, in run order
 * @param rowsRead      data rows read
 * @param rowsRejected  rows excluded because a required field was unusable
 * @param rowsFiltered  usable rows outside the timeframe or strategy filter
 * @param peakHeapBytes the peak heap use of the process
 * @param peakRssBytes  the peak resident set size, where the platform tells it
 * @param costs         the market data items, calls and cache figures of the whole run
 */
public record RunReport(Map<String, Double> phaseMillis, long rowsRead, long rowsRejected, long rowsFiltered,
                        long peakHeapBytes, OptionalLong peakRssBytes, RunCosts costs) {

    /** Copies the phase timings, keeping their order. */
    public RunReport {
        phaseMillis = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(phaseMillis));
        java.util.Objects.requireNonNull(peakRssBytes, "peakRssBytes");
        java.util.Objects.requireNonNull(costs, "costs");
    }

    /** Returns the sum of the phase timings. */
    public double totalMillis() {
        return phaseMillis.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
