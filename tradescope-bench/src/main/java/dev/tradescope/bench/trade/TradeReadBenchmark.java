package dev.tradescope.bench.trade;

import dev.tradescope.bench.data.TradeExportGenerator;
import dev.tradescope.trade.csv.ReadSummary;
import dev.tradescope.trade.csv.TradeHistoryReader;
import dev.tradescope.trade.stats.TradeStatistics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Measures the steady state of the trade pass on one thread: a seeded synthetic export (27 columns,
 * the generator of bench/discover-bench.sh) read in file order into the statistics of a discovery,
 * as each half of a large file is read. Compiled code only, without the start-up and warm-up of a
 * command-line run: the figure for comparing the per-row cost of two builds, with {@code -prof gc}
 * for the garbage per row.
 *
 * <pre>
 * java -jar tradescope-bench/target/tradescope-bench.jar TradeReadBenchmark -wi 5 -i 5 -f 1 -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TradeReadBenchmark {
    private static final LocalDate AS_OF = LocalDate.of(2025, 7, 31);

    @Param({"200000"})
    int rows;

    private Path file;

    @Setup
    public void export() throws IOException {
        file = Files.createTempFile("tradescope-read-bench", ".csv");
        TradeExportGenerator.main(new String[] {Integer.toString(rows), file.toString(), "42"});
    }

    @TearDown
    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public long readIntoStatistics() {
        TradeStatistics statistics = new TradeStatistics(AS_OF);
        ReadSummary summary = new TradeHistoryReader(AS_OF).readInOrder(file, statistics);
        return summary.rowsRead() + statistics.snapshot().summary().totalTrades();
    }
}
