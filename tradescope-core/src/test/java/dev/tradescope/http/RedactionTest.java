package dev.tradescope.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.tradescope.config.ConfigLoader;
import dev.tradescope.config.ConfigPrinter;
import dev.tradescope.config.GlobalLimits;
import dev.tradescope.config.ProviderSettings;
import dev.tradescope.config.TradescopeConfig;
import dev.tradescope.marketdata.FallbackSource;
import dev.tradescope.marketdata.MarketDataSource;
import dev.tradescope.resilience.FileQuotaLedger;
import dev.tradescope.resilience.LocalBucketStore;
import dev.tradescope.resilience.ResiliencePolicy;
import dev.tradescope.resilience.ResilientSource;
import dev.tradescope.resilience.SharedResilience;
import dev.tradescope.testing.ManualClock;
import dev.tradescope.testing.ProviderFixtures;
import dev.tradescope.testing.StubServer;
import dev.tradescope.testing.TestKeys;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Runs every provider with distinctive test keys through good answers and every kind of fault,
 * with tradescope's logging at DEBUG, and checks that no log line, failure message, result,
 * stats snapshot or printed configuration holds any part of a key.
 */
class RedactionTest {
    @TempDir
    Path quotaDir;

    @Test
    void redactor_masksPlainAndEncodedSecrets() {
        Redactor redactor = Redactor.of(List.of("a+b/c=", "xyz"));

        assertThat(redactor.redact("https://h/q?apikey=a%2Bb%2Fc%3D&k=xyz and a+b/c=")).isEqualTo(
                "https://h/q?apikey=****&k=**** and ****");
        assertThat(redactor.toString()).doesNotContain("xyz");
        assertThat(Redactor.none().redact(null)).isEmpty();
    }

    @Test
    void noKeyAppearsInAnyOutput() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger ours = context.getLogger("dev.tradescope");
        Level before = ours.getLevel();
        ours.setLevel(Level.DEBUG);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.setContext(context);
        logs.start();
        root.addAppender(logs);
        List<String> outputs = new ArrayList<>();
        try (StubServer server = StubServer.start()) {
            for (ProviderFixtures fixture : ProviderFixtures.all()) {
                for (Consumer<StubServer> fault : faults(fixture)) {
                    runOnce(server, fixture, fault, outputs);
                }
            }
        } finally {
            root.detachAppender(logs);
            ours.setLevel(before);
        }
        TradescopeConfig config = new ConfigLoader(TestKeys.environment()).parse("{}", "t.yaml");
        outputs.add(config.toString());
        outputs.add(ConfigPrinter.printYaml(config));
        outputs.add(ConfigPrinter.printJson(config));
        logs.list.stream().filter(e -> e.getLoggerName().startsWith("dev.tradescope"))
                .forEach(event -> outputs.add(event.getFormattedMessage()));

        assertThat(logs.list).as("debug logging ran").isNotEmpty();
        assertThat(outputs).as("something was masked").anyMatch(text -> text.contains(Redactor.MASK));
        assertThat(outputs).hasSizeGreaterThan(100);
        for (String key : TestKeys.ALL) {
            assertThat(outputs).noneMatch(text -> text.contains(key) || text.contains(key.substring(0, 8)));
        }
    }

    private List<Consumer<StubServer>> faults(ProviderFixtures fixture) {
        String path = fixture.path();
        return List.of(
                s -> s.answer(path, 200, fixture.okBody()),
                s -> s.answer(path, 429, "Too Many Requests"),
                s -> s.answer(path, 500, "error for request apikey=" + TestKeys.FMP),
                s -> s.answer(path, 401, "{\"Error Message\": \"Invalid API KEY " + TestKeys.ALPHAVANTAGE + "\"}"),
                s -> s.fault(path, Fault.CONNECTION_RESET_BY_PEER),
                s -> s.answer(path, aResponse().withStatus(200).withFixedDelay(600).withBody("{}")),
                s -> s.answer(path, 200, "{\"truncated\": " + TestKeys.FRED),
                s -> s.answer(path, 200, "<html>" + TestKeys.COINGECKO + "</html>"));
    }

    private void runOnce(StubServer server, ProviderFixtures fixture, Consumer<StubServer> fault, List<String> outputs) {
        server.wireMock().resetAll();
        if (fixture.needsTickerTable()) {
            server.answerSecTickers();
        }
        fault.accept(server);
        ManualClock clock = new ManualClock(TestKeys.NOW);
        try (SharedResilience shared = new SharedResilience(GlobalLimits.defaults(), new LocalBucketStore(clock),
                new FileQuotaLedger(quotaDir), clock, clock.sleeper())) {
            AttemptingSource vendor = ProviderFixtures.source(fixture.provider(), server.base(), Duration.ofMillis(300));
            ResilientSource resilient = new ResilientSource(vendor, ResiliencePolicy.of(
                    ProviderSettings.defaults(fixture.provider()), GlobalLimits.defaults()), shared);
            FallbackSource chain = new FallbackSource(Map.of(fixture.request().kind(), List.<MarketDataSource>of(resilient)),
                    clock);
            var result = chain.fetch(fixture.request());
            outputs.add(result.toString());
            result.findFailure().ifPresent(f -> outputs.add(f.describe()));
            outputs.add(vendor.attempt(fixture.request()).toString());
            outputs.add(resilient.stats().toString());
            chain.attempts().forEach(a -> outputs.add(a.describe()));
        }
    }
}
