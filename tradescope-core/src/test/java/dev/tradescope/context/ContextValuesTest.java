package dev.tradescope.context;

import static dev.tradescope.context.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ContextValuesTest {

    @Test
    void tradingWindow_historyDates_coverPreviousYearEndAndMonthlySeries() {
        TradingWindow window = new TradingWindow(d("2025-03-10"), d("2025-07-31"), d("2025-08-01"));

        assertThat(window.priceHistoryFrom()).isEqualTo(d("2024-12-24"));
        assertThat(window.economicSeriesFrom()).isEqualTo(d("2025-01-29"));
        assertThat(window.historyTo()).isEqualTo(d("2025-08-01"));
    }

    @Test
    void tradingWindow_startingBeforePreviousYearEnd_requestsFromItsStart() {
        TradingWindow window = new TradingWindow(d("2024-06-03"), d("2025-07-31"), d("2025-07-31"));

        assertThat(window.priceHistoryFrom()).isEqualTo(d("2024-05-27"));
    }

    @Test
    void tradingWindow_reversed_isRejectedNamingBothDates() {
        assertThatThrownBy(() -> new TradingWindow(d("2025-02-01"), d("2025-01-01"), d("2025-02-01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("window end 2025-01-01 is before its start 2025-02-01");
    }

    @Test
    void pricePoint_nonPositivePrice_isRejected() {
        assertThatThrownBy(() -> new PricePoint(d("2025-01-02"), 0)).hasMessageContaining("was 0.0");
        assertThatThrownBy(() -> new PricePoint(d("2025-01-02"), Double.NaN)).hasMessageContaining("NaN");
    }

    @Test
    void missingItem_blankReason_isRejected() {
        assertThatThrownBy(() -> new MissingItem("benchmark SPY", " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void windowPerformance_positiveDrawdown_isRejected() {
        assertThatThrownBy(() -> new WindowPerformance(Optional.empty(), Optional.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.of(0.1), 0)).hasMessageContaining("≤ 0");
    }

    @Test
    void excessReturns_meansWithoutComparedTrades_areRejected() {
        assertThatThrownBy(() -> new ExcessReturns("SPY", new TradeCounts(0, 0, 0, 0, 0, 0), OptionalDouble.of(0.1),
                OptionalDouble.of(0.1), OptionalDouble.of(1), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tradeCounts_moreBeatingThanCompared_isRejected() {
        assertThatThrownBy(() -> new TradeCounts(1, 2, 0, 0, 0, 0)).hasMessageContaining("beat 2 of only 1");
    }

    @Test
    void exportedSnapshot_daysWithoutDate_isRejected() {
        assertThatThrownBy(() -> new ExportedSnapshot(OptionalDouble.empty(), Optional.empty(), OptionalLong.of(3)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void volatilityRegime_regimeWithoutClose_isRejected() {
        assertThatThrownBy(() -> new VolatilityRegime("^VIX", Optional.empty(), Optional.of("low"),
                OptionalDouble.empty(), Optional.empty(), java.util.List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
