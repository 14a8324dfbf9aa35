package dev.tradescope.context;

/**
 * Counts the trades an {@link ExcessReturnAggregator} saw: those compared with the benchmark, those
 * among them that beat it, and those skipped, by the first reason that applied (in this order: open,
 * no Return, no exit date, no benchmark close for the entry or exit date).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param compared              closed trades compared with the benchmark
 * @param beatBenchmark         compared trades whose excess return is above zero
 * @param skippedOpen           trades that are not closed
 * @param skippedNoReturn       closed trades without an exported Return
 * @param skippedNoExitDate     closed trades without an exit date
 * @param skippedNoBenchmarkBar closed trades with no benchmark close standing for their entry or exit date
 */
public record TradeCounts(long compared, long beatBenchmark, long skippedOpen, long skippedNoReturn,
                          long skippedNoExitDate, long skippedNoBenchmarkBar) {

    /** Validates that no count is negative and that no more trades beat the benchmark than were compared. */
    public TradeCounts {
        if (compared < 0 || beatBenchmark < 0 || skippedOpen < 0 || skippedNoReturn < 0 || skippedNoExitDate < 0
                || skippedNoBenchmarkBar < 0) {
            throw new IllegalArgumentException("trade counts must not be negative");
        }
        if (beatBenchmark > compared) {
            throw new IllegalArgumentException("beat " + beatBenchmark + " of only " + compared + " compared trades");
        }
    }

    /** Returns how many trades were skipped for any reason. */
    public long skipped() {
        return skippedOpen + skippedNoReturn + skippedNoExitDate + skippedNoBenchmarkBar;
    }
}
