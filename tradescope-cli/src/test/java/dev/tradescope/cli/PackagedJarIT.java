package dev.tradescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the jar the launcher runs, as Maven packaged it (an integration test: it runs after the
 * package phase, on {@code target/tradescope-cli.jar}): one jar with every dependency, whose manifest
 * names the main class and the version, whose service files are merged, and which runs alone
 * ({@code java -jar}); {@link LauncherIT} runs the README's demo command through the launcher.
 */
class PackagedJarIT {
    private static final Path JAR = Path.of("target", "tradescope-cli.jar");

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
        ExternalRun run = java("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).startsWith("tradescope " + VersionProvider.version() + "\n");
    }

    private ExternalRun java(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return ExternalRun.of(command, temp, Duration.ofMinutes(2));
    }
}
