package dev.tradescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tradescope.testing.CsvFixtures;
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
        String[] afterId = new String[20];
        for (int t = 0; t < afterId.length; t++) {
            afterId[t] = CsvFixtures.closed("", "T" + t, "2024-03-04", "2024-03-18", 100.0, 105.0, "Good") + "\n";
        }
        int rows = 0;
        long bytes = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(CsvFixtures.HEADER);
            out.write('\n');
            while (bytes < minBytes) {
                String line = "ID-" + rows + afterId[rows % afterId.length];
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
