package dev.tradescope.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradescope.marketdata.DataKind;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.support.InvalidInputException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    private static final String KEY = "FREDKEY-SECRET-4242abcd";

    @TempDir
    Path workspace;

    @Test
    void load_noFileNoEnvironment_givesDefaults() {
        TradescopeConfig config = new ConfigLoader(Map.of()).load(workspace, Optional.empty());

        MarketDataSettings m = config.marketData();
        assertThat(m.offline()).isFalse();
        assertThat(m.provider(ProviderId.ALPHAVANTAGE).limits().perDay()).hasValue(25);
        assertThat(m.provider(ProviderId.ALPHAVANTAGE).limits().perMinute()).hasValue(5);
        assertThat(m.provider(ProviderId.FMP).limits().perDay()).hasValue(250);
        assertThat(m.provider(ProviderId.SECEDGAR).limits().perSecond()).hasValue(10);
        assertThat(m.provider(ProviderId.FRED).limits().perMinute()).hasValue(120);
        assertThat(m.provider(ProviderId.COINGECKO).limits().perMinute()).hasValue(30);
        assertThat(m.provider(ProviderId.YAHOO).limits().perMinute()).hasValue(20);
        assertThat(m.provider(ProviderId.IMF).limits().perMinute()).hasValue(60);
        assertThat(m.limits().callsPerMinute()).isEqualTo(20);
        assertThat(m.limits().maxInFlight()).isEqualTo(5);
        assertThat(m.provider(ProviderId.YAHOO).limits().maxInFlight()).isEqualTo(2);
        assertThat(m.provider(ProviderId.YAHOO).timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(m.http().connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(m.chains().get(DataKind.PRICE_HISTORY))
                .containsExactly(ProviderId.YAHOO, ProviderId.ALPHAVANTAGE, ProviderId.FMP, ProviderId.LOCAL);
        assertThat(m.chains().get(DataKind.COMPANY_PROFILE))
                .containsExactly(ProviderId.FMP, ProviderId.ALPHAVANTAGE, ProviderId.SECEDGAR);
        assertThat(m.chains().get(DataKind.ECONOMIC_SERIES)).containsExactly(ProviderId.FRED, ProviderId.LOCAL);
        assertThat(m.findApiKey(ProviderId.FRED)).isEmpty();
        assertThat(config.origin()).isEmpty();
    }

    @Test
    void prepareSample_isAValidConfiguration() {
        TradescopeConfig config = new ConfigLoader(Map.of()).parse(ConfigLoader.PREPARE_SAMPLE, "sample");

        assertThat(config.marketData().provider(ProviderId.FMP).baseUrl()).hasToString("http://127.0.0.1:9");
        assertThat(config.marketData().limits().callsPerMinute()).isEqualTo(20);
        assertThat(config.cache().memorySizeBytes()).isEqualTo(64L * 1024 * 1024);
        ConfigLoader.prepare();
    }

    @Test
    void load_workspaceFile_readsEveryKey() throws Exception {
        Files.writeString(workspace.resolve("tradescope.yaml"), """
                offline: true
                providers:
                  fred:
                    base-url: http://127.0.0.1:9999
                    timeout: 2s
                    limits:
                      per-minute: 60
                      per-day: none
                      max-in-flight: 1
                  yahoo:
                    enabled: false
                chains:
                  history: [alphavantage, local]
                limits:
                  calls-per-minute: 40
                  max-in-flight: 3
                  max-wait: 5m
                  retry-attempts: 2
                http:
                  connect-timeout: 500ms
                cache:
                  dir: cache-here
                  memory-size: 32MB
                  disk-size: 1GB
                  redis:
                    uri: redis://127.0.0.1:6379
                  max-stale: 2d
                research:
                  freshness: 14d
                  prior-discovery-window: 12h
                sectors:
                  brk.b: Financials
                """);

        TradescopeConfig config = new ConfigLoader(Map.of()).load(workspace, Optional.empty());

        MarketDataSettings m = config.marketData();
        assertThat(m.offline()).isTrue();
        ProviderSettings fred = m.provider(ProviderId.FRED);
        assertThat(fred.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:9999"));
        assertThat(fred.timeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(fred.limits()).isEqualTo(new RateLimits(OptionalLong.empty(), OptionalLong.of(60),
                OptionalLong.empty(), 1));
        assertThat(m.provider(ProviderId.YAHOO).enabled()).isFalse();
        assertThat(m.chains().get(DataKind.PRICE_HISTORY)).containsExactly(ProviderId.ALPHAVANTAGE, ProviderId.LOCAL);
        assertThat(m.limits()).isEqualTo(new GlobalLimits(40, 3, Duration.ofMinutes(5), 2));
        assertThat(m.http().connectTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(config.cache().memorySizeBytes()).isEqualTo(32L << 20);
        assertThat(config.cache().diskSizeBytes()).isEqualTo(1L << 30);
        assertThat(config.cache().redisUri()).hasValue(URI.create("redis://127.0.0.1:6379"));
        assertThat(config.cache().maxStale()).isEqualTo(Duration.ofDays(2));
        assertThat(config.cache().resolveDir(workspace)).isEqualTo(workspace.resolve("cache-here").toAbsolutePath());
        assertThat(config.research().freshness()).isEqualTo(Duration.ofDays(14));
        assertThat(config.research().priorDiscoveryWindow()).isEqualTo(Duration.ofHours(12));
        assertThat(config.research().sectorOverrides()).containsEntry("BRK.B", "Financials");
        assertThat(config.origin()).hasValue(workspace.resolve("tradescope.yaml").toAbsolutePath());
    }

    @Test
    void load_keysFromEnvironment_winOverFile() {
        ConfigLoader loader = new ConfigLoader(Map.of("FRED_API_KEY", KEY, "FMP_API_KEY", " fmp-key ",
                "SEC_EDGAR_USER_AGENT", "Research admin@example.com"));

        TradescopeConfig config = loader.parse("providers: {fred: {api-key: from-file}}", "t.yaml");

        assertThat(config.marketData().findApiKey(ProviderId.FRED)).hasValue(new Secret(KEY));
        assertThat(config.marketData().findApiKey(ProviderId.FMP).map(Secret::reveal)).hasValue("fmp-key");
        assertThat(config.marketData().provider(ProviderId.SECEDGAR).userAgent()).hasValue("Research admin@example.com");
    }

    @Test
    void load_configVariable_namesTheFile() throws Exception {
        Path file = workspace.resolve("other.yaml");
        Files.writeString(file, "offline: true\n");

        TradescopeConfig config = new ConfigLoader(Map.of("TRADESCOPE_CONFIG", file.toString()))
                .load(workspace, Optional.empty());

        assertThat(config.marketData().offline()).isTrue();
    }

    @Test
    void load_explicitFileMissing_isInvalidInput() {
        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(workspace, Optional.of(workspace.resolve("nope.yaml"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("nope.yaml");
    }

    @Test
    void parse_unknownKey_namesKeyLineAndAllowed() {
        assertThatThrownBy(() -> parse("providers:\n  fred:\n    rate-limit: 5\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("t.yaml:3: providers.fred.rate-limit: unknown key; allowed here: enabled, base-url, "
                        + "api-key, user-agent, limits, timeout, was 'rate-limit'");
    }

    @Test
    void parse_unknownTopKey_isRejected() {
        assertThatThrownBy(() -> parse("ofline: true\n")).hasMessageStartingWith("t.yaml:1: ofline: unknown key");
    }

    @Test
    void parse_negativeLimit_namesKeyAndValue() {
        assertThatThrownBy(() -> parse("providers:\n  fred:\n    limits:\n      per-day: -5\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("t.yaml:4: providers.fred.limits.per-day: a positive whole number, was '-5'");
    }

    @Test
    void parse_badDuration_namesAllowedForms() {
        assertThatThrownBy(() -> parse("providers:\n  yahoo:\n    timeout: soon\n"))
                .hasMessage("t.yaml:3: providers.yahoo.timeout: a duration such as 500ms, 30s, 5m, 2h or 7d, was 'soon'");
    }

    @Test
    void parse_badSize_andUnknownProvider_andBadChain() {
        assertThatThrownBy(() -> parse("cache:\n  memory-size: lots\n"))
                .hasMessageContaining("cache.memory-size: a positive size such as 512KB, 64MB or 2GB, was 'lots'");
        assertThatThrownBy(() -> parse("providers:\n  bloomberg: {}\n"))
                .hasMessageContaining("providers.bloomberg: a provider id (yahoo, alphavantage");
        assertThatThrownBy(() -> parse("chains:\n  history: [yahoo, yahoo]\n"))
                .hasMessageContaining("must not name a provider twice");
        assertThatThrownBy(() -> parse("chains:\n  history: [yahooo]\n"))
                .hasMessageContaining("t.yaml:2: chains.history[0]: a provider id");
        assertThatThrownBy(() -> parse("offline: maybe\n")).hasMessage("t.yaml:1: offline: true or false, was 'maybe'");
    }

    @Test
    void parse_brokenYaml_isInvalidInputWithLine() {
        assertThatThrownBy(() -> parse("providers:\n  fred: [\n")).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("t.yaml:").hasMessageContaining("not valid YAML");
    }

    @Test
    void parse_redisUriWithPassword_isNeverEchoed() {
        assertThatThrownBy(() -> parse("cache:\n  redis:\n    uri: http://user:hunter2@host\n"))
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void parse_redisNamespace_isKeptAndValidated() {
        assertThat(parse("cache:\n  redis:\n    uri: redis://127.0.0.1:6379\n    namespace: team-a\n").cache()
                .redisNamespace()).hasValue("team-a");
        assertThatThrownBy(() -> parse("cache:\n  redis:\n    namespace: a b\n"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("cache.redis.namespace")
                .hasMessageContaining("'a b'");
    }

    @Test
    void values_parseDurationsAndSizes() {
        assertThat(ConfigValues.parseDuration("30s")).hasValue(Duration.ofSeconds(30));
        assertThat(ConfigValues.parseDuration("7d")).hasValue(Duration.ofDays(7));
        assertThat(ConfigValues.parseDuration("PT2H")).hasValue(Duration.ofHours(2));
        assertThat(ConfigValues.parseDuration("5 minutes")).isEmpty();
        assertThat(ConfigValues.parseSize("64MB")).hasValue(64L << 20);
        assertThat(ConfigValues.parseSize("100")).hasValue(100);
        assertThat(ConfigValues.formatSize(64L << 20)).isEqualTo("64MB");
        assertThat(ConfigValues.formatDuration(Duration.ofMinutes(5))).isEqualTo("5m");
    }

    @Test
    void printer_masksEverySecret() {
        TradescopeConfig config = new ConfigLoader(Map.of("FRED_API_KEY", KEY))
                .parse("cache:\n  redis:\n    uri: redis://user:pa55word@127.0.0.1:6379/0\n", "t.yaml");

        String yaml = ConfigPrinter.printYaml(config);
        String json = ConfigPrinter.printJson(config);

        assertThat(yaml).contains("api-key: '****'").doesNotContain(KEY).doesNotContain("abcd")
                .doesNotContain("pa55word").contains("redis://****@127.0.0.1:6379/0");
        assertThat(json).doesNotContain(KEY).contains("\"****\"");
        assertThat(config.toString()).doesNotContain(KEY);
        assertThat(List.of(new Secret(KEY)).toString()).isEqualTo("[****]");
    }

    private static TradescopeConfig parse(String yaml) {
        return new ConfigLoader(Map.of()).parse(yaml, "t.yaml");
    }
}
