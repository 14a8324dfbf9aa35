package dev.tradescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tradescope.testing.DemoWorkspace;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the repository's launcher, {@code ./tradescope}, as the README tells a newcomer to (an integration
 * test: it needs the packaged jar). Its JVM flags differ for short runs and for exports over 64 MB, and a
 * flag the JVM refuses would stop every such run: both kinds are run here.
 */
class LauncherIT {
    private static final Path LAUNCHER = DemoWorkspace.path().getParent().getParent().resolve("tradescope");
    private static final String HEADER = "Position_UUID,Ticker,Strategy_Type,Short_Window,Long_Window,Signal_Window,"
            + "Entry_Timestamp,Exit_Timestamp,Avg_Entry_Price,Avg_Exit_Price,Position_Size,Direction,PnL,Return,"
            + "Duration_Days,Trade_Type,Status,Max_Favourable_Excursion,Max_Adverse_Excursion,MFE_MAE_Ratio,"
            + "Exit_Efficiency,Days_Since_Entry,Current_Unrealized_PnL,Current_Excursion_Status,"
            + "Exit_Efficiency_Fixed,Trade_Quality,X_Status";

    @TempDir
    Path temp;

    @Test
    void theReadmeDemoCommand_runsThroughTheLauncher() throws Exception {
        Path workspace = DemoWorkspace.copyTo(temp.resolve("workspace"));
        Path output = temp.resolve("demo.json");

        ExternalRun run = launch("discover", "demo_portfolio", "--workspace", workspace.toString(),
                "--as-of", "2025-07-31", "--output", output.toString());

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("Discovery of demo_portfolio as of 2025-07-31");
        assertThat(output).exists();
    }

    @Test
    void anExportOver64Megabytes_runsWithTheLargeExportFlags() throws Exception {
        Path export = temp.resolve("large.csv");
        int rows = writeExport(export, 65L << 20);
        Path output = temp.resolve("large.json");

        Path workspace = Files.createDirectories(temp.resolve("ws"));
        ExternalRun run = launch("discover", export.toString(), "--workspace", workspace.toString(),
                "--as-of", "2025-07-31", "--output", output.toString(), "--quiet");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(new ObjectMapper().readTree(output.toFile()).at("/portfolio_summary/total_trades").asLong())
                .isEqualTo(rows);
    }

    // Closed trades of 20 tickers, each line unique by its id, until the file passes minBytes; returns the rows.
    private static int writeExport(Path file, long minBytes) throws IOException {
        int rows = 0;
        long bytes = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            while (bytes < minBytes) {
                String ticker = "T" + (rows % 20);
                String line = ticker + "_EMA_" + rows + "," + ticker + ",EMA,20,50,0,2024-03-04 00:00:00,"
                        + "2024-03-18 00:00:00,100.0,105.0,10.0,Long,50.0,0.05,14.0,Long,Closed,0.08,0.02,4.0,"
                        + "0.625,14.0,0.05,Favorable,0.625,Good," + (1_900_000_000_000_000_000L + rows) + "\n";
                out.write(line);
                bytes += line.length();
                rows++;
            }
        }
        return rows;
    }

    private ExternalRun launch(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
        command.addAll(List.of(args));
        return ExternalRun.of(command, temp, Duration.ofMinutes(5));
    }
}
