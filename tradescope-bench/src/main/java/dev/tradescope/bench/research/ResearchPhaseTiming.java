package dev.tradescope.bench.research;

import dev.tradescope.config.ResearchSettings;
import dev.tradescope.research.ResearchInventory;
import dev.tradescope.research.ResearchReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Times phase 0 (scan + parse of the newest notes + sector analysis) in a fresh JVM, as a command-line run
 * meets it: the first run is cold, the next ones warm. Generates the workspace first when it is missing.
 *
 * <pre>java -cp tradescope-bench/target/tradescope-bench.jar dev.tradescope.bench.research.ResearchPhaseTiming \
 *     [workspace=/tmp/tradescope-research-bench] [runs=5] [tickers=2000] [notesPerTicker=5]</pre>
 */
public final class ResearchPhaseTiming {

    private ResearchPhaseTiming() {
    }

    /** Generates the workspace if needed and prints the wall time of each run. */
    public static void main(String[] args) throws Exception {
        Path workspace = Path.of(args.length > 0 ? args[0] : "/tmp/tradescope-research-bench");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int tickers = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        int notesPerTicker = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        ResearchWorkspaceGenerator generator = new ResearchWorkspaceGenerator(tickers, notesPerTicker);
        if (!Files.isDirectory(workspace.resolve(ResearchInventory.FUNDAMENTAL_FOLDER))) {
            long start = System.nanoTime();
            int files = generator.write(workspace);
            System.out.printf(Locale.ROOT, "generated %d notes in %s in %d ms%n", files, workspace,
                    (System.nanoTime() - start) / 1_000_000);
        }
        ResearchSettings settings = new ResearchSettings(Duration.ofDays(30), Duration.ofHours(24),
                generator.sectorOverrides());
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int run = 1; run <= runs; run++) {
            long cpu = os.getProcessCpuTime();
            long start = System.nanoTime();
            ResearchInventory inventory = ResearchInventory.scan(workspace);
            long scanned = System.nanoTime();
            ResearchReport report = inventory.assess(ResearchWorkspaceGenerator.AS_OF, generator.portfolio(), settings,
                    Instant.now());
            long end = System.nanoTime();
            long cpuMillis = (os.getProcessCpuTime() - cpu) / 1_000_000;
            System.out.printf(Locale.ROOT, "run %d (%s): phase 0 %d ms wall, %d ms process CPU (scan %d ms, assess %d ms); "
                    + "%d notes indexed, "
                    + "%d tickers covered, %d sectors, %d unmapped%n", run, run == 1 ? "cold" : "warm",
                    (end - start) / 1_000_000, cpuMillis, (scanned - start) / 1_000_000, (end - scanned) / 1_000_000,
                    inventory.indexedNotes(), report.localDataIntegration().tickersWithLocalData().size(),
                    report.sectorAnalysis().sectors().size(), report.sectorAnalysis().unmapped().size());
        }
    }
}
