package dev.tradescope.context;

import static dev.tradescope.context.Fixtures.closes;
import static dev.tradescope.context.Fixtures.d;
import static dev.tradescope.context.Fixtures.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tradescope.marketdata.DailyBar;
import dev.tradescope.marketdata.PriceSeries;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BenchmarkContextTest {
    private static final TradingWindow WINDOW = new TradingWindow(d("2025-01-04"), d("2025-01-12"), d("2025-01-12"));

    // Dec 31 = 80; window 2025-01-06..2025-01-10 (Jan 4 and 12 are weekend days): 100, 120, 90, 130, 117.
    private static final PriceSeries SERIES = closes("SPY", "2024-12-30=79", "2024-12-31=80", "2025-01-03=95",
            "2025-01-06=100", "2025-01-07=120", "2025-01-08=90", "2025-01-09=130", "2025-01-10=117", "2025-01-13=118");

    @Test
    void of_window_startsAtFirstCloseOnOrAfterAndEndsAtLastCloseOnOrBefore() {
        BenchmarkContext context = BenchmarkContext.of("SPY", data(SERIES), WINDOW);

        assertThat(context.window().start()).contains(new PricePoint(d("2025-01-06"), 100));
        assertThat(context.window().end()).contains(new PricePoint(d("2025-01-10"), 117));
        assertThat(context.window().totalReturn().getAsDouble()).isCloseTo(0.17, within(1e-12));
        assertThat(context.window().bars()).isEqualTo(5);
        assertThat(context.priceBasis()).contains("close");
        assertThat(context.provenance()).isPresent();
        assertThat(context.unavailable()).isEmpty();
        assertThat(context.findMissing()).isEmpty();
    }

    @Test
    void of_maxDrawdown_isLargestFallFromEarlierPeakAsNegativeFraction() {
        // 120 -> 90 is -25 %; 130 -> 117 only -10 %.
        BenchmarkContext context = BenchmarkContext.of("SPY", data(SERIES), WINDOW);

        assertThat(context.window().maxDrawdown().getAsDouble()).isCloseTo(-0.25, within(1e-12));
    }

    @Test
    void of_risingCloses_haveZeroDrawdown() {
        PriceSeries rising = closes("SPY", "2025-01-06=100", "2025-01-07=101", "2025-01-08=105");

        BenchmarkContext context = BenchmarkContext.of("SPY", data(rising), WINDOW);

        assertThat(context.window().maxDrawdown()).hasValue(0.0);
    }

    @Test
    void of_volatility_isSampleStdevOfLogReturnsTimesRoot252() {
        // log returns ln 1.1 and ln 0.9: sample stdev of two values = |a - b| / sqrt 2.
        PriceSeries three = closes("SPY", "2025-01-06=100", "2025-01-07=110", "2025-01-08=99");
        double expected = Math.abs(Math.log(1.1) - Math.log(0.9)) / Math.sqrt(2) * Math.sqrt(252);

        BenchmarkContext context = BenchmarkContext.of("SPY", data(three), WINDOW);

        assertThat(expected).isCloseTo(2.252522969955067, within(1e-12));
        assertThat(context.window().annualisedVolatility().getAsDouble()).isCloseTo(expected, within(1e-12));
    }

    @Test
    void of_ytd_runsFromPreviousYearsLastCloseToCloseOnOrBeforeAsOf() {
        // as-of Jan 12 (Sunday): last close Jan 10 = 117; base Dec 31 = 80.
        BenchmarkContext context = BenchmarkContext.of("SPY", data(SERIES), WINDOW);

        assertThat(context.yearToDate().base()).contains(new PricePoint(d("2024-12-31"), 80));
        assertThat(context.yearToDate().last()).contains(new PricePoint(d("2025-01-10"), 117));
        assertThat(context.yearToDate().totalReturn().getAsDouble()).isCloseTo(117.0 / 80 - 1, within(1e-12));
    }

    @Test
    void of_adjustedSeries_usesAdjustedCloses() {
        PriceSeries adjusted = new PriceSeries("SPY", "USD", true, List.of(
                new DailyBar(d("2025-01-06"), 200, 200, 200, 200, 100, 0),
                new DailyBar(d("2025-01-10"), 210, 210, 210, 210, 110, 0)));

        BenchmarkContext context = BenchmarkContext.of("SPY", data(adjusted), WINDOW);

        assertThat(context.priceBasis()).contains("adjusted_close");
        assertThat(context.window().totalReturn().getAsDouble()).isCloseTo(0.10, within(1e-12));
    }

    @Test
    void of_twoCloses_giveReturnButNoVolatility() {
        PriceSeries two = closes("SPY", "2025-01-06=100", "2025-01-10=90");

        BenchmarkContext context = BenchmarkContext.of("SPY", data(two), WINDOW);

        assertThat(context.window().totalReturn().getAsDouble()).isCloseTo(-0.10, within(1e-12));
        assertThat(context.window().maxDrawdown().getAsDouble()).isCloseTo(-0.10, within(1e-12));
        assertThat(context.window().annualisedVolatility()).isEmpty();
        assertThat(context.unavailable()).extracting(MissingItem::item).contains("annualised_volatility");
        assertThat(context.findMissing()).isEmpty();
    }

    @Test
    void of_oneCloseInWindow_leavesWindowValuesEmptyWithReason() {
        PriceSeries one = closes("SPY", "2024-12-31=80", "2025-01-08=100");

        BenchmarkContext context = BenchmarkContext.of("SPY", data(one), WINDOW);

        assertThat(context.window()).isEqualTo(WindowPerformance.empty(1));
        assertThat(context.unavailable()).first().satisfies(item -> {
            assertThat(item.item()).isEqualTo("window");
            assertThat(item.reason()).contains("1 close(s)").contains("at least 2");
        });
        assertThat(context.yearToDate().totalReturn()).isPresent();
        assertThat(context.findMissing()).map(MissingItem::item).contains("benchmark SPY");
    }

    @Test
    void of_historyEndingLongBeforeWindowEnd_isMissing() {
        TradingWindow longer = new TradingWindow(d("2025-01-04"), d("2025-02-28"), d("2025-02-28"));

        BenchmarkContext context = BenchmarkContext.of("SPY", data(SERIES), longer);

        assertThat(context.window().totalReturn()).isEmpty();
        assertThat(context.findMissing().orElseThrow().reason()).contains("2025-01-13").contains("before the window end");
        assertThat(context.yearToDate().totalReturn()).isEmpty();
    }

    @Test
    void of_historyStartingLongAfterWindowStart_isMissing() {
        TradingWindow earlier = new TradingWindow(d("2024-11-01"), d("2025-01-12"), d("2025-01-12"));

        BenchmarkContext context = BenchmarkContext.of("SPY", data(SERIES), earlier);

        assertThat(context.findMissing().orElseThrow().reason()).contains("after the window start");
    }

    @Test
    void of_noCloseForPreviousYearEnd_leavesYtdEmptyWithReason() {
        PriceSeries fromJanuary = closes("SPY", "2025-01-06=100", "2025-01-08=105", "2025-01-10=110");

        BenchmarkContext context = BenchmarkContext.of("SPY", data(fromJanuary), WINDOW);

        assertThat(context.yearToDate().totalReturn()).isEmpty();
        assertThat(context.yearToDate().base()).isEmpty();
        assertThat(context.unavailable()).extracting(MissingItem::item).containsExactly("year_to_date");
        assertThat(context.findMissing()).isEmpty();
    }

    @Test
    void from_failedAnswer_givesNoValuesAndTheFailureAsReason() {
        BenchmarkContext context = BenchmarkContext.from("QQQ", Fixtures.noData("history QQQ"), WINDOW);

        assertThat(context.priceBasis()).isEmpty();
        assertThat(context.provenance()).isEmpty();
        assertThat(context.window().totalReturn()).isEmpty();
        assertThat(context.yearToDate().totalReturn()).isEmpty();
        assertThat(context.findMissing()).contains(new MissingItem("benchmark QQQ",
                "local history QQQ: no data (no file)"));
    }

    @Test
    void from_okAnswer_isSameAsOf() {
        assertThat(BenchmarkContext.from("SPY", Fixtures.ok(SERIES), WINDOW))
                .isEqualTo(BenchmarkContext.of("SPY", data(SERIES), WINDOW));
        assertThat(BenchmarkContext.of("SPY", data(SERIES), WINDOW).provenance().flatMap(p -> p.marketDate()))
                .isEqualTo(Optional.of(d("2025-01-13")));
    }
}
