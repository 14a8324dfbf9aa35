package dev.tradescope.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradescope.cache.CacheEntry;
import dev.tradescope.cache.CacheStats;
import dev.tradescope.cache.DiskCacheTier;
import dev.tradescope.cache.Samples;
import dev.tradescope.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheCommandTest {
    @TempDir
    Path workspace;
    private Path root;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void fillCache() {
        root = workspace.resolve("data/cache");
        DiskCacheTier disk = new DiskCacheTier(root, 1 << 24, Clock.systemUTC(), new CacheStats());
        Instant now = Instant.now();
        disk.put(Samples.entry(Samples.quoteKey("SPY"), Samples.payload("SPY", 1, now), now, Duration.ofHours(1)));
        Instant old = now.minus(Duration.ofDays(2));
        disk.put(Samples.entry(Samples.quoteKey("OLD"), Samples.payload("OLD", 1, old), old, Duration.ofMinutes(15)));
    }

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private void corruptOneEntry() throws IOException {
        try (Stream<Path> files = Files.walk(root.resolve("yahoo"))) {
            Path file = files.filter(Files::isRegularFile).findFirst().orElseThrow();
            byte[] bytes = Files.readAllBytes(file);
            Files.write(file, Arrays.copyOf(bytes, bytes.length - 3));
        }
    }

    @Test
    void stats_text_showsEntriesPerProviderAndClass() {
        assertThat(run("cache", "stats", "--workspace", workspace.toString())).isZero();
        assertThat(out.toString()).contains("yahoo", "quote", "fresh 1, expired 1, corrupt 0", "quarantine 0 files");
    }

    @Test
    void stats_json_isAReport() {
        assertThat(run("cache", "stats", "--workspace", workspace.toString(), "--format", "json")).isZero();
        assertThat(out.toString()).contains("\"fresh\" : 1", "\"ttl_class\" : \"quote\"", "\"quarantine_files\" : 0");
    }

    @Test
    void verify_cleanCache_exitsZero() {
        assertThat(run("cache", "verify", "--workspace", workspace.toString())).isZero();
        assertThat(out.toString()).contains("checked 2 entries: 2 valid, 0 bad");
    }

    @Test
    void verify_corruptEntry_exitsOne_thenRepairExitsZero() throws IOException {
        corruptOneEntry();
        assertThat(run("cache", "verify", "--workspace", workspace.toString())).isEqualTo(1);
        assertThat(run("cache", "verify", "--workspace", workspace.toString(), "--repair")).isZero();
        assertThat(out.toString()).contains("quarantined ");
        assertThat(run("cache", "verify", "--cache-dir", root.toString())).isZero();
    }

    @Test
    void clean_expiredDryRun_thenForReal_reportsBytes() {
        assertThat(run("cache", "clean", "--workspace", workspace.toString(), "--expired", "--dry-run")).isZero();
        assertThat(out.toString()).contains("would remove 1 files").contains("dry run");
        assertThat(run("cache", "clean", "--workspace", workspace.toString(), "--expired", "--format", "json")).isZero();
        assertThat(out.toString()).contains("\"bytes_freed\"", "\"dry_run\" : false");
        out.getBuffer().setLength(0);
        run("cache", "stats", "--workspace", workspace.toString());
        assertThat(out.toString()).contains("fresh 1, expired 0");
    }

    @Test
    void clean_olderThanAndProvider_combine() {
        assertThat(run("cache", "clean", "--workspace", workspace.toString(), "--older-than", "1d", "--provider",
                "YAHOO")).isZero();
        assertThat(out.toString()).contains("removed 1 files");
    }

    @Test
    void clean_badOptions_exitTwo() {
        assertThat(run("cache", "clean", "--workspace", workspace.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("nothing to clean");
        assertThat(run("cache", "clean", "--workspace", workspace.toString(), "--older-than", "7 weeks")).isEqualTo(2);
        assertThat(run("cache", "clean", "--workspace", workspace.toString(), "--provider", "nasdaq")).isEqualTo(2);
        assertThat(err.toString()).contains("valid: [yahoo");
        assertThat(run("cache", "stats", "--format", "xml")).isEqualTo(2);
        assertThat(run("cache")).isEqualTo(2);
    }

    @Test
    void importLegacy_reportsWhatItDid() throws IOException {
        Path legacy = Files.createDirectories(workspace.resolve("legacy/fred"));
        Files.writeString(legacy.resolve("0123456789abcdef0123456789abcdef.json"), "{\"timestamp\": \"" + Instant.now()
                + "\", \"data\": {\"series_id\": \"DGS10\", \"observations\": [{\"date\": \"2026-03-02\", \"value\": \"4.1\"}]}}");
        Files.writeString(legacy.resolve("0123456789abcdef0123456789abcdee.json"), "{broken");
        assertThat(run("cache", "import-legacy", workspace.resolve("legacy").toString(), "--workspace",
                workspace.toString())).isZero();
        assertThat(out.toString()).contains("imported fred/0123456789abcdef0123456789abcdef.json as fred|series|",
                "not imported fred/0123456789abcdef0123456789abcdee.json: corrupt", "1 entries imported, 1 not imported");
        assertThat(run("cache", "import-legacy", workspace.resolve("nowhere").toString())).isEqualTo(2);
        assertThat(List.of(err.toString())).anyMatch(e -> e.contains("does not exist"));
    }
}
