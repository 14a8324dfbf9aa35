package dev.tradescope.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradescope.marketdata.ProviderId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheMaintenanceTest {
    private static final Instant T0 = Instant.parse("2026-03-10T15:00:00Z");
    private final MutableClock clock = new MutableClock(T0);
    private final CacheStats stats = new CacheStats();
    @TempDir
    Path root;
    private DiskCacheTier disk;
    private CacheMaintenance maintenance;

    @BeforeEach
    void fill() {
        disk = new DiskCacheTier(root, 1 << 24, clock, stats);
        maintenance = new CacheMaintenance(root, clock);
        for (int i = 0; i < 5; i++) {
            disk.put(Samples.entry(Samples.quoteKey("Q" + i), Samples.payload("Q" + i, 10, T0), T0, Duration.ofMinutes(15)));
        }
        disk.put(new CacheEntry(Samples.quoteKey("FOREVER"), TtlClass.HISTORY_CLOSED, T0.minus(Duration.ofDays(10)),
                Optional.empty(), "{\"v\":1}"));
    }

    private Path fileOf(CacheKey key) {
        return root.resolve("yahoo").resolve(key.sha256().substring(0, 2)).resolve(key.sha256() + ".json");
    }

    private void corrupt(CacheKey key) throws IOException {
        byte[] bytes = Files.readAllBytes(fileOf(key));
        Files.write(fileOf(key), Arrays.copyOf(bytes, bytes.length - 7));
    }

    @Test
    void stats_countsPerProviderAndClass_freshExpiredCorrupt() throws IOException {
        corrupt(Samples.quoteKey("Q0"));
        clock.advance(Duration.ofMinutes(20));
        CacheInventory inventory = maintenance.stats();
        assertThat(inventory.rows()).extracting(CacheInventory.Row::provider, CacheInventory.Row::ttlClass,
                CacheInventory.Row::entries).containsExactly(
                org.assertj.core.groups.Tuple.tuple("yahoo", "history-closed", 1L),
                org.assertj.core.groups.Tuple.tuple("yahoo", "quote", 4L));
        assertThat(inventory.fresh()).isEqualTo(1);
        assertThat(inventory.expired()).isEqualTo(4);
        assertThat(inventory.corrupt()).isEqualTo(1);
        assertThat(inventory.oldest()).contains(T0.minus(Duration.ofDays(10)));
        assertThat(inventory.newest()).contains(T0);
        assertThat(inventory.bytes()).isPositive();
    }

    @Test
    void verify_findsCorruptAndMisfiledEntries_andRepairQuarantinesThem() throws IOException {
        corrupt(Samples.quoteKey("Q1"));
        Path misfiled = fileOf(Samples.quoteKey("NOT-HERE"));
        Files.createDirectories(misfiled.getParent());
        Files.copy(fileOf(Samples.quoteKey("Q2")), misfiled);
        VerifyReport report = maintenance.verify(false);
        assertThat(report.checked()).isEqualTo(7);
        assertThat(report.problems()).hasSize(2).noneMatch(VerifyReport.Problem::quarantined);
        assertThat(report.allRepaired()).isFalse();
        VerifyReport repaired = maintenance.verify(true);
        assertThat(repaired.allRepaired()).isTrue();
        assertThat(maintenance.verify(false).problems()).isEmpty();
        assertThat(maintenance.stats().quarantineFiles()).isEqualTo(2);
    }

    @Test
    void clean_expiredDryRun_listsWithoutRemoving() {
        clock.advance(Duration.ofMinutes(20));
        CleanReport report = maintenance.clean(new CleanRequest(true, Optional.empty(), Optional.empty(), false, true));
        assertThat(report.removed()).hasSize(5);
        assertThat(report.bytesFreed()).isPositive();
        assertThat(maintenance.stats().entries()).isEqualTo(6);
    }

    @Test
    void clean_expired_removesOnlyExpired() {
        clock.advance(Duration.ofMinutes(20));
        CleanReport report = maintenance.clean(new CleanRequest(true, Optional.empty(), Optional.empty(), false, false));
        assertThat(report.removed()).hasSize(5).allMatch(r -> r.reason().equals("expired"));
        assertThat(maintenance.stats().entries()).isEqualTo(1);
    }

    @Test
    void clean_olderThan_usesTheStoreTime() {
        CleanReport report = maintenance.clean(new CleanRequest(false, Optional.empty(),
                Optional.of(CleanRequest.parseAge("7d")), false, false));
        assertThat(report.removed()).hasSize(1);
    }

    @Test
    void clean_allOfOneProvider_leavesOthers() {
        CleanReport report = maintenance.clean(new CleanRequest(false, Optional.of(ProviderId.FRED), Optional.empty(),
                true, false));
        assertThat(report.removed()).isEmpty();
        assertThat(maintenance.clean(new CleanRequest(false, Optional.empty(), Optional.empty(), true, false))
                .removed()).hasSize(6);
    }

    @Test
    void clean_all_removesQuarantineAndUnusedLocks_butNotHeldOnes() throws IOException {
        corrupt(Samples.quoteKey("Q3"));
        maintenance.verify(true);
        Path locks = Files.createDirectories(root.resolve("locks"));
        Files.writeString(locks.resolve("a.lock"), "");
        Path held = Files.writeString(locks.resolve("b.lock"), "");
        try (var channel = java.nio.channels.FileChannel.open(held, java.nio.file.StandardOpenOption.WRITE)) {
            assertThat(channel.lock().isValid()).isTrue();
            CleanReport report = maintenance.clean(new CleanRequest(false, Optional.empty(), Optional.empty(), true,
                    false));
            assertThat(report.removed()).extracting(CleanReport.Removed::provider).contains("quarantine");
            assertThat(locks.resolve("a.lock")).doesNotExist();
            assertThat(held).exists();
        }
        assertThat(maintenance.stats().quarantineFiles()).isZero();
    }

    @Test
    void cleanRequest_withNothingSelected_isRejected() {
        assertThatThrownBy(() -> new CleanRequest(false, Optional.empty(), Optional.empty(), false, false))
                .hasMessageContaining("--expired");
        assertThatThrownBy(() -> CleanRequest.parseAge("7 weeks")).hasMessageContaining("7d");
        assertThat(CleanRequest.parseAge("12h")).isEqualTo(Duration.ofHours(12));
        assertThat(CleanRequest.parseAge("30m")).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void stats_ofMissingRoot_isEmpty() {
        CacheInventory inventory = new CacheMaintenance(root.resolve("none"), clock).stats();
        assertThat(inventory.entries()).isZero();
        assertThat(inventory.oldest()).isEmpty();
    }
}
