package dev.tradescope.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RedisCacheTierTest extends CacheTierContract {
    private static final String PASSWORD = "s3cret-pw";
    private static RedisServer server;
    private static Path serverDir;
    private static int prefixCounter;

    @BeforeAll
    static void startRedis() throws Exception {
        Assumptions.assumeTrue(RedisServer.isInstalled(), "redis-server is not installed");
        serverDir = Files.createTempDirectory("tradescope-redis");
        server = RedisServer.start(serverDir, PASSWORD);
    }

    @AfterAll
    static void stopRedis() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected CacheTier newTier() {
        return RedisCacheTier.connect(server.uri(PASSWORD), "test" + (prefixCounter++) + ":", Duration.ofDays(1),
                clock, stats);
    }

    @Test
    void connect_withWrongPassword_isDownAndHidesThePassword() {
        try (RedisCacheTier wrong = RedisCacheTier.connect(server.uri("wrong-password"), "x:", Duration.ZERO, clock,
                stats)) {
            wrong.put(Samples.entry(Samples.quoteKey("PW"), "{}", T0, Duration.ofHours(1)));
            assertThat(wrong.status().available()).isFalse();
            assertThat(wrong.status().problem().orElseThrow()).doesNotContain("wrong-password");
        }
    }

    @Test
    void connect_toNothing_isDownAndTheRunGoesOn() {
        try (RedisCacheTier nowhere = RedisCacheTier.connect(URI.create("redis://127.0.0.1:1"), "x:", Duration.ZERO,
                clock, stats)) {
            assertThat(nowhere.status().available()).isFalse();
            assertThat(nowhere.find(Samples.quoteKey("X"))).isEmpty();
            nowhere.put(Samples.entry(Samples.quoteKey("X"), "{}", T0, Duration.ofHours(1)));
        }
    }

    @Test
    void keyPrefix_separatesWorkspaces() {
        CacheEntry entry = Samples.entry(Samples.quoteKey("WS"), "{}", T0, Duration.ofHours(1));
        try (RedisCacheTier a = RedisCacheTier.connect(server.uri(PASSWORD), RedisCacheTier.keyPrefixOf(Path.of("/a")),
                Duration.ZERO, clock, stats);
             RedisCacheTier b = RedisCacheTier.connect(server.uri(PASSWORD), RedisCacheTier.keyPrefixOf(Path.of("/b")),
                Duration.ZERO, clock, stats)) {
            a.put(entry);
            assertThat(a.find(entry.key())).isPresent();
            assertThat(b.find(entry.key())).isEmpty();
        }
    }

    @Test
    void redisKilledMidRun_tierGoesDownAndCallsReturnQuickly() throws Exception {
        Path dir = Files.createTempDirectory("tradescope-redis-kill");
        RedisServer doomed = RedisServer.start(dir, null);
        try (RedisCacheTier redis = RedisCacheTier.connect(doomed.uri(null), "k:", Duration.ZERO, clock, stats)) {
            CacheEntry entry = Samples.entry(Samples.quoteKey("KILL"), "{}", T0, Duration.ofHours(1));
            redis.put(entry);
            assertThat(redis.find(entry.key())).isPresent();
            doomed.kill();
            assertThat(redis.find(entry.key())).isEmpty();
            assertThat(redis.status().available()).isFalse();
            long start = System.nanoTime();
            redis.put(entry);
            assertThat(redis.find(entry.key())).isEmpty();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        } finally {
            doomed.close();
        }
    }
}
