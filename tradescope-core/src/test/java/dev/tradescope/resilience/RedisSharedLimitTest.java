package dev.tradescope.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tradescope.config.GlobalLimits;
import dev.tradescope.config.RateLimits;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.testing.ProviderFixtures;
import dev.tradescope.testing.ReferenceFiles;
import dev.tradescope.testing.StubServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two independent clients (each with its own Redis connection, bucket store, quota ledger and
 * source, as two processes would have) share one Redis: together they stay within one limit.
 */
class RedisSharedLimitTest {
    private static final Path REDIS = Path.of("/usr/bin/redis-server");
    private static Process redis;
    private static URI uri;

    @BeforeAll
    static void startRedis() throws Exception {
        assumeTrue(Files.isExecutable(REDIS), "redis-server not installed");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        redis = new ProcessBuilder(REDIS.toString(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        uri = URI.create("redis://127.0.0.1:" + port);
        awaitPort(port);
    }

    @AfterAll
    static void stopRedis() throws Exception {
        if (redis != null) {
            redis.destroy();
            redis.waitFor();
        }
    }

    private static void awaitPort(int port) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            try {
                new Socket("127.0.0.1", port).close();
                return;
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("redis-server did not start on port " + port);
    }

    @Test
    void twoClients_togetherStayWithinOnePerMinuteLimit() throws Exception {
        try (StubServer server = StubServer.start()) {
            server.answer("/v8/finance/chart/SPY", 200, ReferenceFiles.apiFormat("yahoo_chart.json"));
            RateLimits tenPerMinute = new RateLimits(OptionalLong.empty(), OptionalLong.of(10), OptionalLong.empty(), 2);
            String bucketSuffix = "-" + System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try (Client one = new Client(tenPerMinute, server, bucketSuffix); Client two = new Client(tenPerMinute, server, bucketSuffix)) {
                List<Future<Long>> done = pool.invokeAll(List.<Callable<Long>>of(() -> one.fire(15), () -> two.fire(15)));
                long succeeded = done.get(0).get() + done.get(1).get();

                assertThat(succeeded).isEqualTo(10);
                assertThat(server.requestCount()).isEqualTo(10);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void twoProcesses_togetherStayWithinOneDailyQuotaAndBucket() throws Exception {
        try (StubServer server = StubServer.start()) {
            server.answer("/v8/finance/chart/.*", 200, ReferenceFiles.apiFormat("yahoo_chart.json"));
            String namespace = "two-processes-" + System.nanoTime();
            flushQuota();
            String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", classpath, RedisLimitClient.class.getName(), uri.toString(), server.base().toString(),
                    namespace, "15").redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8))) {
                long mine;
                try (RedisLimitClient client = new RedisLimitClient(uri, server.base(), namespace,
                        RedisLimitClient.sharedLimits())) {
                    assertThat(lineStartingWith(lines, "ready")).isEqualTo("ready");
                    mine = client.fire(15, "PARENT");
                }
                String last = lineStartingWith(lines, "ok=");
                assertThat(child.waitFor()).isZero();
                long theirs = Long.parseLong(last.substring("ok=".length()));
                System.out.println("two processes: parent " + mine + ", child " + theirs);

                assertThat(mine + theirs).isEqualTo(10);
                assertThat(server.requestCount()).isEqualTo(10);
            } finally {
                child.destroy();
            }
        }
    }

    // the child's log lines share its stdout: skip them
    private static String lineStartingWith(java.io.BufferedReader lines, String prefix) throws IOException {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new IllegalStateException("the child process never printed " + prefix);
    }

    private static void flushQuota() {
        try (RedisQuotaLedger ledger = RedisQuotaLedger.connect(uri)) {
            // the quota keys are per provider and day: a fresh Redis per test class holds none yet
            assertThat(ledger.used(ProviderId.YAHOO, LocalDate.now(Clock.systemUTC()))).isZero();
        }
    }

    @Test
    void twoClients_shareOneDailyQuota() {
        LocalDate day = LocalDate.of(2025, 7, 21);
        try (RedisQuotaLedger one = RedisQuotaLedger.connect(uri); RedisQuotaLedger two = RedisQuotaLedger.connect(uri)) {
            int counted = 0;
            for (int i = 0; i < 10; i++) {
                counted += one.tryUse(ProviderId.FMP, day, 6) ? 1 : 0;
                counted += two.tryUse(ProviderId.FMP, day, 6) ? 1 : 0;
            }
            assertThat(counted).isEqualTo(6);
            assertThat(one.used(ProviderId.FMP, day)).isEqualTo(6);
            assertThat(two.used(ProviderId.FMP, day.plusDays(1))).isZero();
        }
    }

    /** One "process": its own Redis connections, shared limits and Yahoo source. */
    private static final class Client implements AutoCloseable {
        private final SharedResilience shared;
        private final ResilientSource source;

        Client(RateLimits limits, StubServer server, String suffix) {
            // a no-wait policy: a call either gets a token now or is refused as rate limited
            GlobalLimits global = new GlobalLimits(1000, 5, Duration.ZERO, 1);
            BucketStore buckets = new SuffixedStore(RedisBucketStore.connect(uri), suffix);
            shared = new SharedResilience(global, buckets, RedisQuotaLedger.connect(uri), Clock.systemUTC(),
                    Sleeper.system());
            source = new ResilientSource(ProviderFixtures.source(ProviderId.YAHOO, server.base(), Duration.ofSeconds(5)),
                    new ResiliencePolicy(ProviderId.YAHOO, limits, 1, Duration.ZERO, Duration.ofMillis(10),
                            Duration.ofSeconds(10)), shared);
        }

        long fire(int times) {
            long ok = 0;
            for (int i = 0; i < times; i++) {
                ok += source.fetch(new dev.tradescope.marketdata.QuoteRequest("SPY")).isOk() ? 1 : 0;
            }
            return ok;
        }

        @Override
        public void close() {
            shared.close();
        }
    }

    /** Keeps each test run's buckets apart. */
    private record SuffixedStore(BucketStore store, String suffix) implements BucketStore {
        @Override
        public io.github.bucket4j.Bucket bucket(String name, io.github.bucket4j.BucketConfiguration configuration) {
            return store.bucket(name + suffix, configuration);
        }

        @Override
        public void close() {
            store.close();
        }
    }
}
