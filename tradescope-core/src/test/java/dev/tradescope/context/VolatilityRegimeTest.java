package dev.tradescope.context;

import static dev.tradescope.context.Fixtures.closes;
import static dev.tradescope.context.Fixtures.d;
import static dev.tradescope.context.Fixtures.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tradescope.marketdata.PriceSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VolatilityRegimeTest {
    private static final TradingWindow WINDOW = new TradingWindow(d("2025-07-01"), d("2025-07-31"), d("2025-08-02"));
    private static final PriceSeries VIX = closes("^VIX", "2025-06-30=40", "2025-07-01=12", "2025-07-15=18",
            "2025-07-31=24", "2025-08-01=16.5");

    @ParameterizedTest
    @CsvSource({"0.01, low", "14.99, low", "15, normal", "19.99, normal", "20, elevated", "29.99, elevated",
        "30, stressed", "80, stressed"})
    void classify_thresholdsAtTheirEdges(double level, String regime) {
        assertThat(VolatilityRegime.classify(level)).isEqualTo(regime);
    }

    @Test
    void of_readsCloseOnOrBeforeAsOf_andMeanOverWindow() {
        VolatilityRegime regime = VolatilityRegime.of("^VIX", data(VIX), WINDOW);

        assertThat(regime.atAsOf()).contains(new PricePoint(d("2025-08-01"), 16.5));
        assertThat(regime.regime()).contains("normal");
        assertThat(regime.windowMean().getAsDouble()).isCloseTo((12 + 18 + 24) / 3.0, within(1e-12));
        assertThat(regime.findMissing()).isEmpty();
    }

    @Test
    void of_lastCloseTooOld_hasNoRegime() {
        TradingWindow later = new TradingWindow(d("2025-07-01"), d("2025-07-31"), d("2025-08-20"));

        VolatilityRegime regime = VolatilityRegime.of("^VIX", data(VIX), later);

        assertThat(regime.regime()).isEmpty();
        assertThat(regime.windowMean()).isPresent();
        assertThat(regime.findMissing().orElseThrow().item()).isEqualTo("volatility ^VIX");
        assertThat(regime.findMissing().orElseThrow().reason()).contains("19 days earlier");
    }

    @Test
    void from_failedAnswer_hasNoValues() {
        VolatilityRegime regime = VolatilityRegime.from(VolatilityRegime.VIX, Fixtures.noData("history ^VIX"), WINDOW);

        assertThat(regime.atAsOf()).isEmpty();
        assertThat(regime.windowMean()).isEmpty();
        assertThat(regime.findMissing()).contains(new MissingItem("volatility ^VIX", "local history ^VIX: no data (no file)"));
    }
}
