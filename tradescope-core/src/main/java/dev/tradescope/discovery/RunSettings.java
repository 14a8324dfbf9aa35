package dev.tradescope.discovery;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Holds the limits and choices of one discovery run.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param benchmark  the benchmark symbol compared against (QQQ and VTI are always added)
 * @param deadline   how long the run may take before it finishes with what it has
 * @param strict     whether passing the deadline is an error (exit 3) instead of a warning
 * @param inFlight   how many data items are fetched at once
 * @param reuse      whether a prior discovery's market context may be reused ({@code --reuse})
 */
public record RunSettings(String benchmark, Duration deadline, boolean strict, int inFlight, boolean reuse) {
    /** The default benchmark. */
    public static final String DEFAULT_BENCHMARK = "SPY";
    /** The benchmarks every discovery looks at besides the chosen one. */
    public static final List<String> OTHER_BENCHMARKS = List.of("SPY", "QQQ", "VTI");
    /** The default run deadline: 60 s. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(60);
    /** The default number of items fetched at once. */
    public static final int DEFAULT_IN_FLIGHT = 3;

    /** Validates the limits and upper-cases the benchmark. */
    public RunSettings {
        benchmark = Objects.requireNonNull(benchmark, "benchmark").strip().toUpperCase(Locale.ROOT);
        if (benchmark.isEmpty()) {
            throw new IllegalArgumentException("--benchmark: must not be empty");
        }
        if (deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("--deadline: must be positive, was " + deadline);
        }
        if (inFlight < 1) {
            throw new IllegalArgumentException("tasks in flight: must be at least 1, was " + inFlight);
        }
    }

    /** Returns the defaults: SPY, 60 s, not strict, 3 items at once, no reuse. */
    public static RunSettings defaults() {
        return new RunSettings(DEFAULT_BENCHMARK, DEFAULT_DEADLINE, false, DEFAULT_IN_FLIGHT, false);
    }

    /** Returns the benchmarks in order: the chosen one first, then SPY, QQQ, VTI without repeats. */
    public List<String> benchmarks() {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
        all.add(benchmark);
        all.addAll(OTHER_BENCHMARKS);
        return List.copyOf(all);
    }
}
