package dev.tradescope.bench.research;

import dev.tradescope.config.ResearchSettings;
import dev.tradescope.research.ResearchInventory;
import dev.tradescope.research.ResearchReport;
import dev.tradescope.research.TickerTradeSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** Measures phase 0 on 10 000 notes over 2 000 tickers with a 2 000-ticker portfolio (warm JVM). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ResearchInventoryBenchmark {

    private Path workspace;
    private List<TickerTradeSummary> portfolio;
    private ResearchSettings settings;

    /** Generates the workspace once per trial. */
    @Setup(Level.Trial)
    public void generate() throws IOException {
        workspace = Files.createTempDirectory("tradescope-research-jmh");
        ResearchWorkspaceGenerator generator = new ResearchWorkspaceGenerator(2000, 5);
        generator.write(workspace);
        portfolio = generator.portfolio();
        settings = new ResearchSettings(Duration.ofDays(30), Duration.ofHours(24), generator.sectorOverrides());
    }

    /** Deletes the generated workspace. */
    @TearDown(Level.Trial)
    public void delete() throws IOException {
        try (Stream<Path> paths = Files.walk(workspace)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Scans, parses the newest notes and builds the sector analysis. */
    @Benchmark
    public ResearchReport phase0() {
        return ResearchInventory.scan(workspace).assess(ResearchWorkspaceGenerator.AS_OF, portfolio, settings,
                Instant.EPOCH);
    }
}
