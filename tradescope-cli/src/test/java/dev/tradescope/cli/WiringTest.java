package dev.tradescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradescope.config.ConfigLoader;
import dev.tradescope.config.TradescopeConfig;
import dev.tradescope.marketdata.DataKind;
import dev.tradescope.marketdata.MarketData;
import dev.tradescope.marketdata.MarketDataRequest;
import dev.tradescope.marketdata.MarketDataSource;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.marketdata.QuoteRequest;
import dev.tradescope.resilience.ProviderStats;
import dev.tradescope.support.Result;
import dev.tradescope.testing.TestKeys;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WiringTest {
    @TempDir
    Path workspace;

    private TradescopeConfig config(String yaml) {
        return new ConfigLoader(Map.of()).parse(yaml, "t.yaml");
    }

    @Test
    void chains_followConfigurationAndSkipDisabledProviders() {
        TradescopeConfig config = config("providers:\n  alphavantage:\n    enabled: false\nchains:\n  quote: [fmp, yahoo, alphavantage, local]\n");

        try (Wiring wiring = Wiring.create(config, workspace, TestKeys.clock())) {
            assertThat(wiring.marketData().chainOf(DataKind.QUOTE))
                    .containsExactly(ProviderId.FMP, ProviderId.YAHOO, ProviderId.LOCAL);
            assertThat(wiring.marketData().chainOf(DataKind.PRICE_HISTORY))
                    .containsExactly(ProviderId.YAHOO, ProviderId.FMP, ProviderId.LOCAL);
            assertThat(wiring.marketData().chainOf(DataKind.COMPANY_PROFILE))
                    .containsExactly(ProviderId.FMP, ProviderId.SECEDGAR);
            assertThat(wiring.marketData().chainOf(DataKind.ECONOMIC_SERIES)).containsExactly(ProviderId.FRED, ProviderId.LOCAL);
            assertThat(wiring.findResilient(ProviderId.ALPHAVANTAGE)).isEmpty();
        }
    }

    @Test
    void offline_usesOnlyLocalAndBuildsNoHttpSource() {
        try (Wiring wiring = Wiring.create(config("offline: true\n"), workspace, TestKeys.clock())) {
            assertThat(wiring.marketData().chainOf(DataKind.PRICE_HISTORY)).containsExactly(ProviderId.LOCAL);
            assertThat(wiring.marketData().chainOf(DataKind.COMPANY_PROFILE)).isEmpty();
            assertThat(wiring.providerStats()).isEmpty();
        }
    }

    @Test
    void cacheDecorator_wrapsEachProviderBetweenChainAndResilience() {
        List<ProviderId> decorated = new ArrayList<>();
        UnaryOperator<MarketDataSource> cache = inner -> {
            decorated.add(inner.provider());
            return new MarketDataSource() {
                @Override
                public ProviderId provider() {
                    return inner.provider();
                }

                @Override
                public boolean supports(DataKind kind) {
                    return inner.supports(kind);
                }

                @Override
                public <T> Result<MarketData<T>> fetch(MarketDataRequest<T> request) {
                    return Result.failed(dev.tradescope.support.FailureKind.NO_DATA, "cache", request.describe(), "miss");
                }
            };
        };

        try (Wiring wiring = Wiring.create(config("{}"), workspace, TestKeys.clock(), cache)) {
            // Local files are read as they are (caching them would only copy them).
            assertThat(decorated).containsExactly(ProviderId.YAHOO, ProviderId.ALPHAVANTAGE, ProviderId.FMP,
                    ProviderId.SECEDGAR, ProviderId.FRED, ProviderId.COINGECKO, ProviderId.IMF);
            Result<?> result = wiring.marketData().fetch(new QuoteRequest("SPY"));
            assertThat(result.findFailure().orElseThrow().message()).contains("cache: no data (miss)");
            assertThat(wiring.providerStats()).extracting(ProviderStats::attempted).containsOnly(0L);
        }
    }

    @Test
    void stats_listEveryHttpProviderWithQuota() {
        try (Wiring wiring = Wiring.create(config("{}"), workspace, TestKeys.clock())) {
            List<ProviderStats> stats = wiring.providerStats();

            assertThat(stats).extracting(ProviderStats::provider).doesNotContain(ProviderId.LOCAL).hasSize(7);
            assertThat(stats.stream().filter(s -> s.provider() == ProviderId.ALPHAVANTAGE).findFirst().orElseThrow()
                    .quotaLeftToday()).hasValue(25);
            assertThat(stats).extracting(ProviderStats::breakerState).containsOnly("CLOSED");
        }
    }
}
