package dev.tradescope.bench.cache;

import dev.tradescope.cache.CacheMaintenance;
import dev.tradescope.cache.CleanReport;
import dev.tradescope.cache.CleanRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** Measures a real {@code cache clean --expired} that removes half of a freshly generated cache. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CacheCleanBenchmark {
    /** The number of entries in the generated cache. */
    @Param("100000")
    public int entries;

    private Path root;

    /** Generates a fresh cache folder before each iteration (the clean removes half of it). */
    @Setup(Level.Iteration)
    public void setUp() throws IOException {
        root = Files.createTempDirectory("tradescope-bench-clean");
        CacheFixtures.generate(root, entries);
    }

    /** Removes the folder. */
    @TearDown(Level.Iteration)
    public void tearDown() throws IOException {
        CacheFixtures.deleteTree(root);
    }

    /** Runs {@code cache clean --expired}. */
    @Benchmark
    public CleanReport cleanExpired() {
        return new CacheMaintenance(root, Clock.systemUTC())
                .clean(new CleanRequest(true, Optional.empty(), Optional.empty(), false, false));
    }
}
