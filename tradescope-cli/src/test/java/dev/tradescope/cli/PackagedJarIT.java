package dev.tradescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradescope.testing.DemoWorkspace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the jar the launcher runs, as Maven packaged it (an integration test: it runs after the
 * package phase, on {@code target/tradescope-cli.jar}): one jar with every dependency, whose manifest
 * names the main class and the version, whose service files are merged, and which runs the README's
 * demo command offline.
 */
class PackagedJarIT {
    private static final Path JAR = Path.of("target", "tradescope-cli.jar");
    // The variables that would take a run online or to another configuration; the run must not see them.
    private static final List<String> OUTSIDE = List.of("ALPHA_VANTAGE_API_KEY", "FMP_API_KEY", "FRED_API_KEY",
            "COINGECKO_API_KEY", "SEC_EDGAR_USER_AGENT", "TRADESCOPE_CONFIG", "TRADESCOPE_JAVA_OPTS");

    @TempDir
    Path temp;

    @Test
    void manifest_namesTheMainClassAndTheVersion_andTheJarHoldsItsDependencies() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            Attributes main = jar.getManifest().getMainAttributes();
            assertThat(main.getValue(Attributes.Name.MAIN_CLASS)).isEqualTo(Main.class.getName());
            assertThat(main.getValue(Attributes.Name.IMPLEMENTATION_VERSION)).isEqualTo(VersionProvider.version());
            assertThat(main.getValue(Attributes.Name.CLASS_PATH)).as("no class path beside the jar").isNull();
            assertThat(jar.getEntry("com/fasterxml/jackson/databind/ObjectMapper.class")).isNotNull();
            assertThat(jar.getEntry("io/lettuce/core/RedisClient.class")).isNotNull();
            assertThat(jar.getEntry("dev/tradescope/discovery/Discovery.class")).isNotNull();
            try (InputStream providers = jar.getInputStream(jar.getEntry(
                    "META-INF/services/org.slf4j.spi.SLF4JServiceProvider"))) {
                assertThat(new String(providers.readAllBytes(), StandardCharsets.UTF_8))
                        .as("logging reaches logback").contains("ch.qos.logback.classic.spi.LogbackServiceProvider");
            }
        }
    }

    @Test
    void version_printsTheManifestVersion() throws Exception {
        Run run = java("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).startsWith("tradescope " + VersionProvider.version() + "\n");
    }

    @Test
    void theReadmeDemo_runsFromTheJarAlone() throws Exception {
        Path workspace = DemoWorkspace.copyTo(temp.resolve("workspace"));
        Path output = temp.resolve("demo.json");

        Run run = java("discover", "demo_portfolio", "--workspace", workspace.toString(), "--as-of", "2025-07-31",
                "--output", output.toString());

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("Discovery of demo_portfolio as of 2025-07-31", "Market context",
                "Written         " + output);
        assertThat(Files.readString(output)).contains("\"portfolio\"", "\"run_report\"");
    }

    private Run java(String... args) throws Exception {
        Path stdout = temp.resolve("stdout.txt");
        Path stderr = temp.resolve("stderr.txt");
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        OUTSIDE.forEach(builder.environment()::remove);
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("java -jar " + String.join(" ", args) + " did not end within 2 minutes");
        }
        return new Run(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }


    private record Run(int exitCode, String stdout, String stderr) {
    }
}
