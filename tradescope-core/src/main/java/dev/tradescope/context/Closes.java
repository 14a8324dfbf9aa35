package dev.tradescope.context;

import dev.tradescope.marketdata.DailyBar;
import dev.tradescope.marketdata.PriceSeries;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Holds the closes of one series on one price basis as arrays, with binary-search look-ups by date. */
final class Closes {
    static final String ADJUSTED_CLOSE = "adjusted_close";
    static final String CLOSE = "close";

    private final String basis;
    private final long[] days;
    private final double[] prices;

    private Closes(String basis, long[] days, double[] prices) {
        this.basis = basis;
        this.days = days;
        this.prices = prices;
    }

    // The adjusted close when the series is adjusted (total return), else the close.
    static Closes preferAdjusted(PriceSeries series) {
        return of(series, series.adjusted());
    }

    // Always the traded close: for index levels and for comparing with a traded entry price.
    static Closes raw(PriceSeries series) {
        return of(series, false);
    }

    private static Closes of(PriceSeries series, boolean adjusted) {
        List<DailyBar> bars = series.bars();
        long[] days = new long[bars.size()];
        double[] prices = new double[bars.size()];
        for (int i = 0; i < days.length; i++) {
            days[i] = bars.get(i).date().toEpochDay();
            prices[i] = adjusted ? bars.get(i).adjustedClose() : bars.get(i).close();
        }
        return new Closes(adjusted ? ADJUSTED_CLOSE : CLOSE, days, prices);
    }

    String basis() {
        return basis;
    }

    int size() {
        return days.length;
    }

    double price(int index) {
        return prices[index];
    }

    LocalDate date(int index) {
        return LocalDate.ofEpochDay(days[index]);
    }

    PricePoint point(int index) {
        return new PricePoint(LocalDate.ofEpochDay(days[index]), prices[index]);
    }

    // Index of the last close on or before the date, -1 when there is none.
    int indexOnOrBefore(LocalDate date) {
        int found = Arrays.binarySearch(days, date.toEpochDay());
        return found >= 0 ? found : -found - 2;
    }

    // Index of the first close on or after the date, size() when there is none.
    int indexOnOrAfter(LocalDate date) {
        int found = Arrays.binarySearch(days, date.toEpochDay());
        return found >= 0 ? found : -found - 1;
    }

    // The close that stands for the date: the last on or before it, at most MAX_CLOSE_GAP_DAYS earlier.
    Optional<PricePoint> findCloseFor(LocalDate date) {
        int index = indexOnOrBefore(date);
        boolean near = index >= 0 && date.toEpochDay() - days[index] <= TradingWindow.MAX_CLOSE_GAP_DAYS;
        return near ? Optional.of(point(index)) : Optional.empty();
    }

    // Explains why findCloseFor found nothing.
    String describeNoCloseFor(LocalDate date) {
        int index = indexOnOrBefore(date);
        if (index < 0) {
            return days.length == 0 ? "the series holds no bars" : "no close on or before " + date
                    + " (the series starts " + LocalDate.ofEpochDay(days[0]) + ")";
        }
        LocalDate last = LocalDate.ofEpochDay(days[index]);
        return "the last close on or before " + date + " is from " + last + ", "
                + ChronoUnit.DAYS.between(last, date) + " days earlier (at most "
                + TradingWindow.MAX_CLOSE_GAP_DAYS + " allowed)";
    }
}
