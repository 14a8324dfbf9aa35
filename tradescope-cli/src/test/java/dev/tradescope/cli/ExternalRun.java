package dev.tradescope.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs tradescope in a process of its own, as a user would (the packaged jar or the launcher), with none
 * of the environment variables that would take it online, to another configuration or to other JVM
 * options; its output is kept in files of {@code dir}.
 *
 * @param exitCode the process's exit code
 * @param stdout   what it printed on standard output
 * @param stderr   what it printed on standard error
 */
record ExternalRun(int exitCode, String stdout, String stderr) {
    private static final List<String> OUTSIDE = List.of("ALPHA_VANTAGE_API_KEY", "FMP_API_KEY", "FRED_API_KEY",
            "COINGECKO_API_KEY", "SEC_EDGAR_USER_AGENT", "TRADESCOPE_CONFIG", "TRADESCOPE_JAVA_OPTS");

    /** Runs {@code command} to its end, at most {@code timeout}, with no standard input. */
    static ExternalRun of(List<String> command, Path dir, Duration timeout) throws Exception {
        Path stdout = dir.resolve("stdout.txt");
        Path stderr = dir.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        OUTSIDE.forEach(builder.environment()::remove);
        Process process = builder.start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not end within " + timeout);
        }
        return new ExternalRun(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
    }
}
