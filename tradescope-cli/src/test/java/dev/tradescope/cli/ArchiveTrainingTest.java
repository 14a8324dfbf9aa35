package dev.tradescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tradescope.testing.DemoWorkspace;
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

    @Test
    void theOnlineDiscovery_readsTheSeededProfileBackFromTheCache() throws IOException {
        Path work = Files.createDirectories(temp.resolve("work"));
        try (MarketStubs stubs = MarketStubs.start()) {
            assertThat(ArchiveTraining.train(demoWorkspace(), work, stubs.base().toString())).isZero();
            assertThat(stubs.requestCount()).as("requests to the providers").isZero();
        }
        JsonNode online = new ObjectMapper().readTree(work.resolve("online.json").toFile());
        JsonNode offline = new ObjectMapper().readTree(work.resolve("offline.json").toFile());

        assertThat(online.at("/fundamental_sources/AMZN/source").asText()).isEqualTo("provider_profile");
        assertThat(online.at("/fundamental_sources/AMZN/provider").asText()).isEqualTo("fmp");
        assertThat(online.at("/run_report/cache/hit_ratio").asDouble()).isEqualTo(1.0);
        assertThat(offline.at("/fundamental_sources/AMZN/source").asText()).isEqualTo("none");
    }

    @Test
    void theOfflineTraining_runsTheOfflineDiscoveryAlone() throws IOException {
        Path work = Files.createDirectories(temp.resolve("work"));

        assertThat(ArchiveTraining.train(demoWorkspace(), work, null)).isZero();

        try (Stream<Path> files = Files.list(work)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("offline.json");
        }
        JsonNode offline = new ObjectMapper().readTree(work.resolve("offline.json").toFile());
        assertThat(offline.at("/run_report/api_calls").asInt(-1)).isZero();
    }

    private static Path demoWorkspace() {
        return DemoWorkspace.path();
    }

    private static long countFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.count();
        }
    }
}
