package dev.tradescope.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradescope.marketdata.ProviderId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskCacheTierTest extends CacheTierContract {
    @TempDir
    Path root;

    @Override
    protected CacheTier newTier() {
        return new DiskCacheTier(root, 10L * 1024 * 1024, clock, stats);
    }

    private Path fileOf(CacheKey key) {
        return root.resolve("yahoo").resolve(key.sha256().substring(0, 2)).resolve(key.sha256() + ".json");
    }

    @Test
    void put_writesEnvelopeAtTheDocumentedPath() throws IOException {
        CacheKey key = Samples.quoteKey("SPY");
        tier.put(Samples.entry(key, Samples.payload("SPY", 1, T0), T0, Duration.ofMinutes(15)));
        String text = Files.readString(fileOf(key));
        assertThat(text).startsWith("{\"format_version\":1,\"key\":\"yahoo|quote|symbol=SPY\"")
                .contains("\"ttl_class\":\"quote\"", "\"checksum\":\"", "\"payload\":{");
        try (var files = Files.list(fileOf(key).getParent())) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void find_truncatedEntry_isMissAndQuarantined() throws IOException {
        CacheKey key = Samples.quoteKey("TORN");
        tier.put(Samples.entry(key, Samples.payload("TORN", 1, T0), T0, Duration.ofMinutes(15)));
        byte[] bytes = Files.readAllBytes(fileOf(key));
        Files.write(fileOf(key), Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(tier.find(key)).isEmpty();
        assertThat(fileOf(key)).doesNotExist();
        assertThat(root.resolve("quarantine")).isDirectoryContaining(p -> p.getFileName().toString()
                .startsWith(key.sha256()));
        assertThat(stats.snapshot().find(ProviderId.YAHOO, "disk").orElseThrow().quarantined()).isEqualTo(1);
    }

    @Test
    void find_payloadAlteredWithSameLength_isMiss() throws IOException {
        CacheKey key = Samples.quoteKey("FLIP");
        tier.put(Samples.entry(key, Samples.payload("FLIP", 123, T0), T0, Duration.ofMinutes(15)));
        String text = Files.readString(fileOf(key));
        Files.writeString(fileOf(key), text.replace("123.0", "124.0"));
        assertThat(tier.find(key)).isEmpty();
    }

    @Test
    void find_entryFiledUnderAnotherKey_isMiss() throws IOException {
        CacheKey key = Samples.quoteKey("AAA");
        CacheKey other = Samples.quoteKey("BBB");
        tier.put(Samples.entry(key, Samples.payload("AAA", 1, T0), T0, Duration.ofMinutes(15)));
        Files.createDirectories(fileOf(other).getParent());
        Files.copy(fileOf(key), fileOf(other));
        assertThat(tier.find(other)).isEmpty();
        assertThat(tier.find(key)).isPresent();
    }

    @Test
    void put_beyondSizeBound_evictsLeastRecentlyUsed() {
        DiskCacheTier small = new DiskCacheTier(root.resolve("small"), 20_000, clock, stats);
        String payload = "{\"x\":\"" + "a".repeat(1500) + "\"}";
        for (int i = 0; i < 10; i++) {
            small.put(Samples.entry(Samples.quoteKey("E" + i), payload, T0, Duration.ofHours(1)));
            clock.advance(Duration.ofSeconds(1));
        }
        small.find(Samples.quoteKey("E0"));
        clock.advance(Duration.ofSeconds(1));
        for (int i = 10; i < 15; i++) {
            small.put(Samples.entry(Samples.quoteKey("E" + i), payload, T0, Duration.ofHours(1)));
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(small.find(Samples.quoteKey("E0"))).as("recently used").isPresent();
        assertThat(small.find(Samples.quoteKey("E1"))).as("least recently used").isEmpty();
        assertThat(small.find(Samples.quoteKey("E14"))).isPresent();
        assertThat(new DiskLayout(root.resolve("small")).listEntries().stream().mapToLong(DiskLayout.EntryFile::size)
                .sum()).isLessThanOrEqualTo(20_000);
    }

    @Test
    void put_whereTheFolderCannotBeWritten_switchesTierOffAndSaysWhy() throws IOException {
        Path blocked = Files.writeString(root.resolve("not-a-folder"), "a file where the cache root should be");
        DiskCacheTier disk = new DiskCacheTier(blocked, 1_000_000, clock, stats);
        disk.put(Samples.entry(Samples.quoteKey("RO"), "{}", T0, Duration.ofHours(1)));
        assertThat(disk.status().available()).isFalse();
        assertThat(disk.status().problem()).hasValueSatisfying(p -> assertThat(p).contains("cannot write"));
        assertThat(disk.find(Samples.quoteKey("RO"))).isEmpty();
    }

    @Test
    void envelope_payloadBytes_areCheckedExactly() {
        CacheEntry entry = Samples.entry(Samples.quoteKey("ENV"), Samples.payload("ENV", 2, T0), T0, Duration.ofHours(1));
        byte[] bytes = Envelope.encode(entry);
        Envelope read = Envelope.decode(bytes);
        assertThat(read.payload()).isEqualTo(entry.payload());
        assertThat(read.checksum()).isEqualTo(CacheKey.sha256Hex(entry.payload()));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).endsWith(entry.payload() + "}");
    }
}
