package dev.tradescope.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriorDiscoveriesTest {

    private static final Instant NOW = Instant.parse("2025-07-31T18:00:00Z");
    private static final Duration WINDOW = Duration.ofHours(24);

    @TempDir
    Path workspace;
    private InputFingerprint input;

    @BeforeEach
    void writeInput() throws Exception {
        input = new InputFingerprint(28, "crc32c+crc32:0123456789abcdef");
    }

    private Path discovery(String name, String sha, long size, Instant written) throws Exception {
        Path file = Files.createDirectories(workspace.resolve(PriorDiscoveries.FOLDER)).resolve(name);
        Files.writeString(file, "{\"discovery_metadata\":{\"input_file\":{\"size_bytes\":" + size + ",\"content_hash\":\""
                + sha + "\"}}}");
        Files.setLastModifiedTime(file, FileTime.from(written));
        return file;
    }

    private Optional<PriorDiscovery> find() {
        return PriorDiscoveries.findLatest(workspace, "live_signals", input, NOW, WINDOW);
    }

    @Test
    void fingerprint_rejectsAHashWithoutAlgorithm() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new InputFingerprint(1, "0123456789abcdef"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ALGORITHM:HEX");
    }

    @Test
    void sameInputWithinTheWindow_isReusable() throws Exception {
        discovery("live_signals_20250731.json", input.contentHash(), input.sizeBytes(), NOW.minusSeconds(3600));
        assertThat(find()).hasValueSatisfying(prior -> {
            assertThat(prior.filePath()).isEqualTo("data/outputs/trade_history/discovery/live_signals_20250731.json");
            assertThat(prior.writtenAt()).isEqualTo("2025-07-31T17:00:00Z");
            assertThat(prior.ageMinutes()).isEqualTo(60);
            assertThat(prior.sameInput()).isTrue();
            assertThat(prior.reusable()).isTrue();
        });
    }

    @Test
    void changedInput_isNeverReusable() throws Exception {
        discovery("live_signals_20250731.json", "crc32c+crc32:" + "0".repeat(16), input.sizeBytes(), NOW.minusSeconds(60));
        assertThat(find()).hasValueSatisfying(prior -> {
            assertThat(prior.sameInput()).isFalse();
            assertThat(prior.reusable()).isFalse();
            assertThat(prior.reason()).contains("changed");
        });
    }

    @Test
    void outsideTheWindow_isReportedButNotReusable() throws Exception {
        discovery("live_signals_20250729.json", input.contentHash(), input.sizeBytes(), NOW.minus(Duration.ofHours(30)));
        assertThat(find()).hasValueSatisfying(prior -> {
            assertThat(prior.sameInput()).isTrue();
            assertThat(prior.reusable()).isFalse();
            assertThat(prior.reason()).contains("outside");
        });
    }

    @Test
    void newestByWriteTime_isChosen_andOtherPortfoliosIgnored() throws Exception {
        discovery("live_signals_20250730.json", "crc32c+crc32:" + "0".repeat(16), 1, NOW.minus(Duration.ofHours(20)));
        discovery("live_signals.json", input.contentHash(), input.sizeBytes(), NOW.minus(Duration.ofHours(2)));
        discovery("live_signals_v2_20250731.json", input.contentHash(), input.sizeBytes(), NOW.minusSeconds(10));
        assertThat(find()).hasValueSatisfying(prior -> {
            assertThat(prior.filePath()).endsWith("/live_signals.json");
            assertThat(prior.reusable()).isTrue();
        });
    }

    @Test
    void discoveryWithoutFingerprintOrUnreadable_isNotReusable() throws Exception {
        Path file = discovery("live_signals_20250731.json", input.contentHash(), input.sizeBytes(), NOW.minusSeconds(60));
        Files.writeString(file, "{ not json");
        Files.setLastModifiedTime(file, FileTime.from(NOW.minusSeconds(60)));
        assertThat(find()).hasValueSatisfying(prior -> {
            assertThat(prior.reusable()).isFalse();
            assertThat(prior.reason()).contains("no input fingerprint");
        });
    }

    @Test
    void fingerprintAmongOtherSections_isFoundWhereverItsSiblingsAre() throws Exception {
        Path file = discovery("live_signals_20250731.json", input.contentHash(), input.sizeBytes(), NOW.minusSeconds(60));
        Files.writeString(file, "{\"portfolio\":\"live_signals\",\"input_file\":{\"size_bytes\":1},"
                + "\"discovery_metadata\":{\"parameters\":{\"input_file\":[{\"size_bytes\":2}]},\"input_file\":"
                + "{\"path\":\"x.csv\",\"content_hash\":\"" + input.contentHash() + "\",\"rows\":[1,{\"a\":[]}],"
                + "\"size_bytes\":" + input.sizeBytes() + "},\"tool_version\":\"1\"},\"ticker_performance\":{}}");
        Files.setLastModifiedTime(file, FileTime.from(NOW.minusSeconds(60)));

        assertThat(find()).hasValueSatisfying(prior -> assertThat(prior.reusable()).isTrue());
    }

    @Test
    void fingerprintOfTheWrongTypes_isNoFingerprint() throws Exception {
        for (String inputFile : new String[] {
                "{\"size_bytes\":\"28\",\"content_hash\":\"" + input.contentHash() + "\"}",
                "{\"size_bytes\":28,\"content_hash\":[\"" + input.contentHash() + "\"]}",
                "{\"content_hash\":\"" + input.contentHash() + "\"}",
                "[28]"}) {
            Path file = discovery("live_signals_20250731.json", input.contentHash(), input.sizeBytes(), NOW.minusSeconds(60));
            Files.writeString(file, "{\"discovery_metadata\":{\"input_file\":" + inputFile + "}}");
            Files.setLastModifiedTime(file, FileTime.from(NOW.minusSeconds(60)));

            assertThat(find()).as(inputFile).hasValueSatisfying(prior ->
                    assertThat(prior.reason()).contains("no input fingerprint"));
        }
    }

    @Test
    void noDiscoveryFolder_findsNothing() {
        assertThat(find()).isEmpty();
    }
}
