package dev.tradescope.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tradescope.marketdata.DailyBar;
import dev.tradescope.marketdata.PriceSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

class WindowPerformancePropertyTest {
    private static final LocalDate MONDAY = LocalDate.of(2025, 1, 6);

    @Property(tries = 200)
    void measure_equalsBruteForceDrawdownAndTwoPassVolatility(
            @ForAll @Size(min = 3, max = 80) List<@DoubleRange(min = 0.5, max = 1000) Double> closes) {
        List<DailyBar> bars = new ArrayList<>();
        for (int i = 0; i < closes.size(); i++) {
            double c = closes.get(i);
            bars.add(new DailyBar(MONDAY.plusDays(i), c, c, c, c, c, 0));
        }
        TradingWindow window = new TradingWindow(MONDAY, MONDAY.plusDays(closes.size() - 1L), MONDAY.plusDays(closes.size()));
        Closes series = Closes.raw(new PriceSeries("X", "USD", false, bars));

        WindowPerformance measured = WindowPerformance.measure(series, window, gap -> {
            throw new AssertionError(gap.toString());
        });

        assertThat(measured.bars()).isEqualTo(closes.size());
        assertThat(measured.totalReturn().getAsDouble())
                .isCloseTo(closes.get(closes.size() - 1) / closes.get(0) - 1, within(1e-12));
        assertThat(measured.maxDrawdown().getAsDouble()).isCloseTo(bruteForceDrawdown(closes), within(1e-12));
        assertThat(measured.annualisedVolatility().getAsDouble()).isCloseTo(twoPassVolatility(closes), within(1e-9));
    }

    private static double bruteForceDrawdown(List<Double> closes) {
        double worst = 0;
        for (int i = 0; i < closes.size(); i++) {
            for (int j = i + 1; j < closes.size(); j++) {
                worst = Math.min(worst, closes.get(j) / closes.get(i) - 1);
            }
        }
        return worst;
    }

    private static double twoPassVolatility(List<Double> closes) {
        double[] logs = new double[closes.size() - 1];
        for (int i = 1; i < closes.size(); i++) {
            logs[i - 1] = Math.log(closes.get(i) / closes.get(i - 1));
        }
        double mean = java.util.Arrays.stream(logs).average().orElseThrow();
        double squares = java.util.Arrays.stream(logs).map(x -> (x - mean) * (x - mean)).sum();
        return Math.sqrt(squares / (logs.length - 1)) * Math.sqrt(252);
    }
}
