package dev.tradescope.marketdata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Holds the daily bars of one symbol, sorted by date with no duplicate dates.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param symbol   the symbol
 * @param currency the currency of the prices (for example {@code USD}), or {@code ""} when unknown
 * @param adjusted whether {@link DailyBar#adjustedClose()} comes from the source's own adjustment
 * @param bars     the bars, ascending by date
 */
public record PriceSeries(String symbol, String currency, boolean adjusted, List<DailyBar> bars) {

    /** Copies the bars and checks that they are strictly ascending by date. */
    public PriceSeries {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(currency, "currency");
        bars = List.copyOf(bars);
        for (int i = 1; i < bars.size(); i++) {
            if (!bars.get(i).date().isAfter(bars.get(i - 1).date())) {
                throw new IllegalArgumentException(symbol + ": bars not strictly ascending at " + bars.get(i).date());
            }
        }
    }

    /** Returns the bars whose date lies in {@code [from, to]}. */
    public PriceSeries slice(LocalDate from, LocalDate to) {
        List<DailyBar> kept = new ArrayList<>();
        for (DailyBar bar : bars) {
            if (!bar.date().isBefore(from) && !bar.date().isAfter(to)) {
                kept.add(bar);
            }
        }
        return new PriceSeries(symbol, currency, adjusted, kept);
    }

    /** Finds the last bar on or before the given date. */
    public Optional<DailyBar> findBarOnOrBefore(LocalDate date) {
        DailyBar found = null;
        for (DailyBar bar : bars) {
            if (bar.date().isAfter(date)) {
                break;
            }
            found = bar;
        }
        return Optional.ofNullable(found);
    }

    /** Finds the first bar on or after the given date. */
    public Optional<DailyBar> findBarOnOrAfter(LocalDate date) {
        return bars.stream().filter(bar -> !bar.date().isBefore(date)).findFirst();
    }

    /** Finds the date of the first bar. */
    public Optional<LocalDate> findFirstDate() {
        return bars.isEmpty() ? Optional.empty() : Optional.of(bars.get(0).date());
    }

    /** Finds the date of the last bar. */
    public Optional<LocalDate> findLastDate() {
        return bars.isEmpty() ? Optional.empty() : Optional.of(bars.get(bars.size() - 1).date());
    }
}
