package dev.tradescope.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradescope.marketdata.CompanyProfileRequest;
import dev.tradescope.marketdata.EconomicSeriesRequest;
import dev.tradescope.marketdata.PriceHistoryRequest;
import dev.tradescope.marketdata.QuoteRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TtlPolicyTest {
    // Tuesday 2026-03-10 11:00 in New York
    private static final Instant TUESDAY_MORNING = Instant.parse("2026-03-10T15:00:00Z");
    private final TtlPolicy policy = TtlPolicy.defaults();

    @Test
    void quote_expiresAfter15Minutes() {
        assertThat(policy.classify(new QuoteRequest("SPY"), TUESDAY_MORNING)).isEqualTo(TtlClass.QUOTE);
        assertThat(policy.expiresAt(TtlClass.QUOTE, TUESDAY_MORNING)).contains(TUESDAY_MORNING.plusSeconds(900));
    }

    @Test
    void historyEndedBeforeToday_neverExpires() {
        var request = new PriceHistoryRequest("SPY", LocalDate.of(2025, 1, 2), LocalDate.of(2026, 3, 9));
        assertThat(policy.classify(request, TUESDAY_MORNING)).isEqualTo(TtlClass.HISTORY_CLOSED);
        assertThat(policy.expiresAt(TtlClass.HISTORY_CLOSED, TUESDAY_MORNING)).isEmpty();
    }

    @Test
    void historyIncludingToday_expiresAtTodaysCloseInNewYork() {
        var request = new PriceHistoryRequest("SPY", LocalDate.of(2025, 1, 2), LocalDate.of(2026, 3, 10));
        assertThat(policy.classify(request, TUESDAY_MORNING)).isEqualTo(TtlClass.HISTORY_OPEN);
        assertThat(policy.expiresAt(TtlClass.HISTORY_OPEN, TUESDAY_MORNING))
                .contains(Instant.parse("2026-03-10T20:00:00Z"));
    }

    @Test
    void historyIncludingToday_afterFridaysClose_expiresAtMondaysClose() {
        Instant fridayEvening = Instant.parse("2026-03-13T22:30:00Z");
        assertThat(policy.expiresAt(TtlClass.HISTORY_OPEN, fridayEvening))
                .contains(Instant.parse("2026-03-16T20:00:00Z"));
    }

    @Test
    void today_isTheNewYorkDate_notTheUtcDate() {
        Instant lateEveningInNewYork = Instant.parse("2026-03-11T02:00:00Z"); // still 2026-03-10 in New York
        var endsOnTenth = new PriceHistoryRequest("SPY", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10));
        assertThat(policy.classify(endsOnTenth, lateEveningInNewYork)).isEqualTo(TtlClass.HISTORY_OPEN);
    }

    @Test
    void seriesAndProfile_useTheirDefaults() {
        var series = new EconomicSeriesRequest("DGS10", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1));
        assertThat(policy.expiresAt(policy.classify(series, TUESDAY_MORNING), TUESDAY_MORNING))
                .contains(TUESDAY_MORNING.plus(Duration.ofHours(2)));
        assertThat(policy.expiresAt(policy.classify(new CompanyProfileRequest("AAPL"), TUESDAY_MORNING), TUESDAY_MORNING))
                .contains(TUESDAY_MORNING.plus(Duration.ofDays(7)));
        assertThat(TtlClass.FUNDAMENTALS.defaultTtl()).contains(Duration.ofDays(1));
    }

    @Test
    void overrides_replaceTheDefaults() {
        TtlPolicy custom = TtlPolicy.withOverrides(Map.of("quote", Duration.ofMinutes(1),
                "history-closed", Duration.ofDays(30)));
        assertThat(custom.expiresAt(TtlClass.QUOTE, TUESDAY_MORNING)).contains(TUESDAY_MORNING.plusSeconds(60));
        assertThat(custom.expiresAt(TtlClass.HISTORY_CLOSED, TUESDAY_MORNING))
                .isEqualTo(Optional.of(TUESDAY_MORNING.plus(Duration.ofDays(30))));
    }

    @Test
    void overrides_withUnknownClass_nameTheValidOnes() {
        assertThatThrownBy(() -> TtlPolicy.withOverrides(Map.of("quotes", Duration.ofMinutes(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cache.ttl.quotes")
                .hasMessageContaining("quote");
    }
}
