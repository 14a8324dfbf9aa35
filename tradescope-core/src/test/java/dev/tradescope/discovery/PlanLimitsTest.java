package dev.tradescope.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradescope.config.GlobalLimits;
import dev.tradescope.config.MarketDataSettings;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.resilience.ProviderStats;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PlanLimitsTest {
    private static final MarketDataSettings DEFAULTS = MarketDataSettings.defaults(); // 20 calls/min overall

    private static ProviderStats quotaLeft(ProviderId provider, long left) {
        return new ProviderStats(provider, 0, 0, 0, 0, 0, 0, Duration.ZERO, OptionalLong.of(left), "CLOSED");
    }

    @Test
    void warnings_callsWithinEveryLimit_none() {
        assertThat(PlanLimits.warnings(Map.of(ProviderId.YAHOO, 10, ProviderId.FMP, 1),
                List.of(quotaLeft(ProviderId.FMP, 250)), DEFAULTS, Duration.ofSeconds(60))).isEmpty();
    }

    @Test
    void warnings_pastTheGlobalLimit_estimateTheWait() {
        // 22 calls against a full bucket of 20 refilled at 20/min: the 2 extra calls wait 3 s each.
        assertThat(PlanLimits.warnings(Map.of(ProviderId.YAHOO, 10, ProviderId.FRED, 12), List.of(), DEFAULTS,
                Duration.ofSeconds(60)))
                .containsExactly("22 calls planned over the global limit of 20 per minute (limits.calls-per-minute): "
                        + "at least 6 s of waiting");
    }

    @Test
    void warnings_pastTheDailyQuotaAndTheDeadline_sayWhatIsRefused() {
        MarketDataSettings generous = DEFAULTS.withLimits(new GlobalLimits(1000, 5, Duration.ofSeconds(60), 3));

        List<String> warnings = PlanLimits.warnings(Map.of(ProviderId.ALPHAVANTAGE, 30),
                List.of(quotaLeft(ProviderId.ALPHAVANTAGE, 25)), generous, Duration.ofSeconds(60));

        // Alpha Vantage: 25 a day, 5 a minute; 25 extra calls at one per 12 s is 300 s.
        assertThat(warnings).containsExactly(
                "alphavantage: 30 calls planned, 25 left of its daily quota: 5 would be refused as rate limited",
                "alphavantage: 30 calls planned over its limit of 5 per minute: at least 300 s of waiting",
                "the last calls would wait longer than limits.max-wait (60 s) and be refused as rate limited",
                "the waiting passes the run's deadline (60 s, --deadline): items not in by then are marked timed out");
    }
}
