package dev.tradescope.context;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Holds how the closed trades did against a benchmark over their own holding periods. For each trade,
 * the benchmark return is {@code close(exit) / close(entry) - 1} (the closes standing for the exit and
 * entry dates, on the benchmark's price basis) and the excess return is the exported Return minus it,
 * whatever the trade's direction. A trade beats the benchmark when its excess return is above zero.
 *
 * <p>No median is given: it cannot be computed exactly in constant memory. The provenance of these
 * values is that of the benchmark of the same symbol in {@link MarketContext#benchmarks()}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param benchmark             the benchmark symbol
 * @param trades                how many trades were compared, beat the benchmark or were skipped (and why)
 * @param meanExcessReturn      the mean excess return of the compared trades
 * @param meanBenchmarkReturn   the mean benchmark return over their holding periods
 * @param shareBeatingBenchmark the share of compared trades that beat the benchmark, in [0, 1]
 * @param reason                why the means are empty, when no trade could be compared
 */
public record ExcessReturns(String benchmark, TradeCounts trades, OptionalDouble meanExcessReturn,
                            OptionalDouble meanBenchmarkReturn, OptionalDouble shareBeatingBenchmark,
                            Optional<String> reason) {

    /** Validates that every component is present and that the means are there exactly when trades were compared. */
    public ExcessReturns {
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(trades, "trades");
        Objects.requireNonNull(meanExcessReturn, "meanExcessReturn");
        Objects.requireNonNull(meanBenchmarkReturn, "meanBenchmarkReturn");
        Objects.requireNonNull(shareBeatingBenchmark, "shareBeatingBenchmark");
        Objects.requireNonNull(reason, "reason");
        boolean compared = trades.compared() > 0;
        if (meanExcessReturn.isPresent() != compared || meanBenchmarkReturn.isPresent() != compared
                || shareBeatingBenchmark.isPresent() != compared || reason.isPresent() == compared) {
            throw new IllegalArgumentException("means must be present exactly when trades were compared, "
                    + "and a reason given exactly when none was");
        }
    }
}
