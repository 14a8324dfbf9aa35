package dev.tradescope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tradescope.config.ConfigLoader;
import dev.tradescope.config.TradescopeConfig;
import dev.tradescope.marketdata.PriceHistoryRequest;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.resilience.ProviderStats;
import dev.tradescope.testing.ReferenceFiles;
import dev.tradescope.testing.StubServer;
import dev.tradescope.testing.TestKeys;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With {@code cache.redis.uri} set, two runs (two Wirings) share the daily quota kept in Redis, not in files. */
class WiringRedisTest {
    private static final Path REDIS = Path.of("/usr/bin/redis-server");

    @TempDir
    Path workspace;

    @Test
    void dailyQuota_isSharedThroughRedisAcrossRuns() throws Exception {
        assumeTrue(Files.isExecutable(REDIS), "redis-server not installed");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process redis = new ProcessBuilder(REDIS.toString(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no").redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectErrorStream(true).start();
        try (StubServer server = StubServer.start()) {
            awaitPort(port);
            server.answer("/query", 200, ReferenceFiles.apiFormat("alphavantage_time_series_daily.json"));
            TradescopeConfig config = new ConfigLoader(TestKeys.environment()).parse("""
                    providers:
                      alphavantage:
                        base-url: %s
                        limits: {per-day: 3, per-minute: none}
                    cache:
                      redis: {uri: "redis://127.0.0.1:%d"}
                    """.formatted(server.base(), port), "t.yaml");
            PriceHistoryRequest ibm = new PriceHistoryRequest("IBM", LocalDate.of(2023, 11, 1), LocalDate.of(2023, 11, 30));

            try (Wiring first = Wiring.create(config, workspace, Clock.systemUTC())) {
                var source = first.findProvider(ProviderId.ALPHAVANTAGE).orElseThrow();
                assertThat(source.fetch(ibm).isOk()).isTrue();
                assertThat(source.fetch(ibm).isOk()).isTrue();
            }
            try (Wiring second = Wiring.create(config, workspace, Clock.systemUTC())) {
                var source = second.findProvider(ProviderId.ALPHAVANTAGE).orElseThrow();
                assertThat(source.fetch(ibm).isOk()).isTrue();
                assertThat(source.fetch(ibm).findFailure().orElseThrow().message()).contains("daily quota of 3 calls");
                ProviderStats stats = second.providerStats().stream()
                        .filter(s -> s.provider() == ProviderId.ALPHAVANTAGE).findFirst().orElseThrow();
                assertThat(stats.quotaLeftToday()).hasValue(0);
            }
            assertThat(server.requestCount()).isEqualTo(3);
            assertThat(workspace.resolve("data/cache/quota")).doesNotExist();
        } finally {
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

}
