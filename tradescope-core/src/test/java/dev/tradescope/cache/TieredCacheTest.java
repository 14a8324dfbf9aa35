package dev.tradescope.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradescope.config.CacheSettings;
import dev.tradescope.marketdata.MarketDataSource;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.marketdata.QuoteRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TieredCacheTest {
    private static final Instant T0 = Instant.parse("2026-03-10T15:00:00Z");
    private final MutableClock clock = new MutableClock(T0);
    @TempDir
    Path workspace;

    private static CacheSettings settings(Optional<java.net.URI> redis) {
        return new CacheSettings(Optional.empty(), 1 << 20, 1 << 24, redis, Optional.empty(), Duration.ofDays(1), Map.of());
    }

    @Test
    void open_buildsMemoryAndDiskUnderTheWorkspace() {
        try (TieredCache cache = open(settings(Optional.empty()), workspace, clock)) {
            cache.decorate(new FakeSource(clock)).fetch(new QuoteRequest("SPY"));
            assertThat(cache.tierStatuses()).extracting(TierStatus::tier).containsExactly("memory", "disk");
            assertThat(workspace.resolve("data/cache/yahoo")).isDirectory();
            assertThat(workspace.resolve("data/cache/locks")).isDirectory();
        }
    }

    @Test
    void redisHit_fillsTheUpperTiers_andRedisKilledMidRun_theRunGoesOn() throws Exception {
        Assumptions.assumeTrue(RedisServer.isInstalled(), "redis-server is not installed");
        try (RedisServer redis = RedisServer.start(Files.createDirectories(workspace.resolve("redis")), "pw")) {
            FakeSource vendor = new FakeSource(clock);
            try (TieredCache first = open(settings(Optional.of(redis.uri("pw"))), workspace.resolve("a"),
                    clock)) {
                first.decorate(vendor).fetch(new QuoteRequest("SPY"));
            }
            // another machine: same workspace path for the key prefix, its own empty disk
            CacheSettings elsewhere = new CacheSettings(Optional.of(workspace.resolve("other-disk")), 1 << 20, 1 << 24,
                    Optional.of(redis.uri("pw")), Optional.empty(), Duration.ofDays(1), Map.of());
            try (TieredCache second = open(elsewhere, workspace.resolve("a"), clock)) {
                MarketDataSource source = second.decorate(vendor);
                assertThat(source.fetch(new QuoteRequest("SPY")).getValue().provenance().fromCache()).isTrue();
                assertThat(second.statsSnapshot().find(ProviderId.YAHOO, "redis").orElseThrow().hits()).isEqualTo(1);
                assertThat(new DiskCacheTier(workspace.resolve("other-disk"), 1 << 20, clock, new CacheStats())
                        .find(Samples.quoteKey("SPY"))).as("filled from redis").isPresent();

                redis.kill();
                assertThat(source.fetch(new QuoteRequest("QQQ")).isOk()).isTrue();
                assertThat(source.fetch(new QuoteRequest("QQQ")).getValue().provenance().fromCache()).isTrue();
                assertThat(second.tierStatuses()).anySatisfy(s -> {
                    assertThat(s.tier()).isEqualTo("redis");
                    assertThat(s.available()).isFalse();
                    assertThat(s.problem().orElseThrow()).doesNotContain("pw@");
                });
            }
            assertThat(vendor.fetches()).isEqualTo(2);
        }
    }

    @Test
    void readOnlyCacheFolder_theRunGoesOnWithoutTheDiskTier() throws Exception {
        Path root = Files.createDirectories(workspace.resolve("data/cache"));
        Assumptions.assumeTrue(chattr("+i", root), "chattr +i is not available here");
        try (TieredCache cache = open(settings(Optional.empty()), workspace, clock)) {
            FakeSource vendor = new FakeSource(clock);
            MarketDataSource source = cache.decorate(vendor);
            assertThat(source.fetch(new QuoteRequest("SPY")).isOk()).isTrue();
            assertThat(source.fetch(new QuoteRequest("SPY")).getValue().provenance().fromCache()).isTrue();
            assertThat(vendor.fetches()).isEqualTo(1);
            assertThat(cache.tierStatuses()).anySatisfy(s -> {
                assertThat(s.tier()).isEqualTo("disk");
                assertThat(s.available()).isFalse();
            });
        } finally {
            chattr("-i", root);
        }
    }

    @Test
    void fullDisk_theRunGoesOnWithoutTheDiskTierAndSaysWhy() throws Exception {
        Path root = Files.createDirectories(workspace.resolve("data/cache"));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", root.toString()),
                "cannot mount a small tmpfs here");
        try (TieredCache cache = open(settings(Optional.empty()), workspace, clock)) {
            FakeSource vendor = new FakeSource(clock);
            MarketDataSource source = cache.decorate(vendor);
            Files.write(root.resolve("filler"), new byte[60 * 1024]);
            for (int i = 0; i < 20; i++) {
                assertThat(source.fetch(new QuoteRequest("F" + i)).isOk()).isTrue();
            }
            assertThat(source.fetch(new QuoteRequest("F0")).getValue().provenance().fromCache()).isTrue();
            assertThat(cache.tierStatuses()).anySatisfy(s -> {
                assertThat(s.tier()).isEqualTo("disk");
                assertThat(s.available()).isFalse();
                assertThat(s.problem().orElseThrow()).contains("No space left");
            });
        } finally {
            run("umount", "-l", root.toString());
        }
    }

    private static boolean run(String... command) throws Exception {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            return p.waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static boolean chattr(String flag, Path dir) throws Exception {
        try {
            Process p = new ProcessBuilder("chattr", flag, dir.toString()).redirectErrorStream(true).start();
            return p.waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    // Builds the tiers the way the command line's composition root does: memory, disk, Redis when set.
    private static TieredCache open(CacheSettings settings, Path workspace, Clock clock) {
        CacheStats stats = new CacheStats();
        Path root = settings.resolveDir(workspace);
        java.util.List<CacheTier> tiers = new java.util.ArrayList<>();
        tiers.add(new MemoryCacheTier(settings.memorySizeBytes(), settings.maxStale(), clock, stats));
        tiers.add(new DiskCacheTier(root, settings.diskSizeBytes(), clock, stats));
        settings.redisUri().ifPresent(uri -> tiers.add(RedisCacheTier.connect(uri,
                settings.redisNamespace().map(RedisCacheTier::keyPrefixOfNamespace)
                        .orElseGet(() -> RedisCacheTier.keyPrefixOf(workspace)), settings.maxStale(), clock, stats)));
        return new TieredCache(tiers, TtlPolicy.withOverrides(settings.ttlOverrides()), settings.maxStale(),
                Optional.of(root), clock, stats);
    }
}
