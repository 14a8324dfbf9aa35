package dev.tradescope.trade.csv;

import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Measures the duplicate-id check of the trade reader on its own: a million distinct position ids
 * (UUID text, seeded) offered to a detector sized for an export of the given size (247 MB is the
 * synthetic 1-million-row export: the filter's largest size, 16 MB), then its suspects taken.
 * In this package because the detector is package-private.
 *
 * <pre>
 * java -jar tradescope-bench/target/tradescope-bench.jar DuplicateIdBenchmark -wi 3 -i 5 -f 1
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DuplicateIdBenchmark {
    @Param({"259000000"})
    long inputBytes;

    private String[] ids;

    @Setup
    public void ids() {
        Random random = new Random(42);
        ids = new String[1_000_000];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = new UUID(random.nextLong(), random.nextLong()).toString();
        }
    }

    @Benchmark
    public int offerMillionIds() {
        DuplicateIdDetector detector = new DuplicateIdDetector(inputBytes);
        for (String id : ids) {
            detector.offer(id);
        }
        return detector.suspects().size();
    }
}
