package dev.tradescope.bench.cache;

import dev.tradescope.cache.CacheInventory;
import dev.tradescope.cache.CacheMaintenance;
import dev.tradescope.cache.CleanReport;
import dev.tradescope.cache.CleanRequest;
import dev.tradescope.cache.VerifyReport;
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

/** Measures {@code cache stats}, {@code verify} and {@code clean} on a generated cache of many entries. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CacheMaintenanceBenchmark {
    /** The number of entries in the generated cache. */
    @Param("100000")
    public int entries;

    private Path root;
    private CacheMaintenance maintenance;

    /** Generates the cache folder once per trial. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        root = Files.createTempDirectory("tradescope-bench-maint");
        CacheFixtures.generate(root, entries);
        maintenance = new CacheMaintenance(root, Clock.systemUTC());
    }

    /** Removes the folder. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        CacheFixtures.deleteTree(root);
    }

    /** Runs {@code cache stats}. */
    @Benchmark
    public CacheInventory stats() {
        return maintenance.stats();
    }

    /** Runs {@code cache verify} (no repair). */
    @Benchmark
    public VerifyReport verify() {
        return maintenance.verify(false);
    }

    /** Runs {@code cache clean --expired --dry-run}: selects half the entries without removing them. */
    @Benchmark
    public CleanReport cleanExpiredDryRun() {
        return maintenance.clean(new CleanRequest(true, Optional.empty(), Optional.empty(), false, true));
    }
}
