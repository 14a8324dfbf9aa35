package dev.tradescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradescope.testing.MarketStubs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveTrainingTest {

    @TempDir
    Path temp;

    @Test
    void bothDiscoveriesOfTheTrainingSucceedWithoutAskingAnyProviderOrLeavingFilesBehind() throws IOException {
        Path demo = demoWorkspace();
        long demoFiles = countFiles(demo);
        try (MarketStubs stubs = MarketStubs.start()) {
            int code = ArchiveTraining.run(demo, stubs.base().toString(), temp);

            assertThat(code).isZero();
            assertThat(stubs.requestCount()).as("requests to the providers").isZero();
        }
        assertThat(countFiles(demo)).as("files of the demo workspace").isEqualTo(demoFiles);
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).as("files left in the temporary folder").isEmpty();
        }
    }

    private static Path demoWorkspace() {
        Path source = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(source.resolve("examples/demo-workspace"))) {
            source = source.getParent();
        }
        return source.resolve("examples/demo-workspace");
    }

    private static long countFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.count();
        }
    }
}
