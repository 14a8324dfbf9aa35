package dev.tradescope.bench.data;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Generates seeded daily OHLCV bars: a log-normal walk driven by a shared market factor and a ticker's own noise. */
final class PriceWalk {
    private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 9),
            LocalDate.of(2025, 1, 20), LocalDate.of(2025, 2, 17), LocalDate.of(2025, 4, 18), LocalDate.of(2025, 5, 26),
            LocalDate.of(2025, 6, 19), LocalDate.of(2025, 7, 4), LocalDate.of(2024, 12, 25), LocalDate.of(2024, 11, 28));

    /** One bar. */
    record Bar(LocalDate date, double open, double high, double low, double close, long volume) {
    }

    private PriceWalk() {
    }

    static List<LocalDate> tradingDays(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !HOLIDAYS.contains(d)) {
                days.add(d);
            }
        }
        return days;
    }

    // market[i] is the market's log return on day i; beta and sigma shape the ticker.
    static List<Bar> walk(List<LocalDate> days, double[] market, double start, double beta, double drift, double sigma,
                          long seed) {
        Random random = new Random(seed);
        List<Bar> bars = new ArrayList<>(days.size());
        double close = start;
        for (int i = 0; i < days.size(); i++) {
            double open = close * Math.exp(random.nextGaussian() * sigma * 0.3);
            double r = drift + beta * market[i] + random.nextGaussian() * sigma;
            double next = close * Math.exp(r);
            double high = Math.max(open, next) * (1 + Math.abs(random.nextGaussian()) * sigma * 0.5);
            double low = Math.min(open, next) * (1 - Math.abs(random.nextGaussian()) * sigma * 0.5);
            long volume = (long) (5_000_000 * (1 + random.nextDouble() * 3));
            bars.add(new Bar(days.get(i), round(open), round(high), round(low), round(next), volume));
            close = next;
        }
        return bars;
    }

    static double[] market(int n, long seed) {
        Random random = new Random(seed);
        double[] m = new double[n];
        for (int i = 0; i < n; i++) {
            boolean stress = i > 80 && i < 95;
            m[i] = (stress ? -0.004 : 0.0006) + random.nextGaussian() * (stress ? 0.022 : 0.009);
        }
        return m;
    }

    static double round(double price) {
        return Math.round(price * 100.0) / 100.0;
    }
}
