package dev.tradescope.context;

import static dev.tradescope.context.Fixtures.d;
import static dev.tradescope.context.Fixtures.series;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradescope.marketdata.Observation;
import org.junit.jupiter.api.Test;

class RatesContextTest {
    private static final TradingWindow WINDOW = new TradingWindow(d("2024-12-20"), d("2025-07-31"), d("2025-07-31"));

    @Test
    void from_monthlyAndDailySeries_latestAtStartAndChangeInPoints() {
        RatesContext rates = RatesContext.from(
                series("FEDFUNDS", "2024-11-01=4.64", "2024-12-01=4.48", "2025-06-01=4.33", "2025-07-01=4.33"),
                series("DGS10", "2024-12-19=4.57", "2024-12-20=4.52", "2025-07-30=4.38", "2025-07-31=4.37"),
                WINDOW);

        assertThat(rates.fedFunds().seriesId()).isEqualTo("FEDFUNDS");
        assertThat(rates.fedFunds().latest()).contains(new Observation(d("2025-07-01"), 4.33));
        assertThat(rates.fedFunds().atWindowStart()).contains(new Observation(d("2024-12-01"), 4.48));
        assertThat(rates.fedFunds().changePoints()).hasValue(-0.15);
        assertThat(rates.tenYear().latest()).contains(new Observation(d("2025-07-31"), 4.37));
        assertThat(rates.tenYear().atWindowStart()).contains(new Observation(d("2024-12-20"), 4.52));
        assertThat(rates.tenYear().changePoints()).hasValue(-0.15);
        assertThat(rates.fedFunds().findMissing()).isEmpty();
        assertThat(rates.tenYear().unavailable()).isEmpty();
    }

    @Test
    void of_seriesStartingAfterWindowStart_hasLatestButNoChange() {
        RateContext rate = RateContext.from("DGS10", series("DGS10", "2025-01-02=4.57", "2025-07-31=4.37"), WINDOW);

        assertThat(rate.latest()).isPresent();
        assertThat(rate.changePoints()).isEmpty();
        assertThat(rate.unavailable()).containsExactly(new MissingItem("at_window_start",
                "no observation on or before 2024-12-20"));
        assertThat(rate.findMissing()).isEmpty();
    }

    @Test
    void of_seriesStartingAfterAsOf_isMissing() {
        RateContext rate = RateContext.from("DGS10", series("DGS10", "2025-08-04=4.2"), WINDOW);

        assertThat(rate.latest()).isEmpty();
        assertThat(rate.findMissing()).contains(new MissingItem("rate DGS10", "no observation on or before 2025-07-31"));
    }

    @Test
    void from_failedAnswer_isMissingWithTheFailure() {
        RateContext rate = RateContext.from("FEDFUNDS", Fixtures.noData("series FEDFUNDS"), WINDOW);

        assertThat(rate.provenance()).isEmpty();
        assertThat(rate.findMissing()).contains(new MissingItem("rate FEDFUNDS", "local series FEDFUNDS: no data (no file)"));
    }
}
