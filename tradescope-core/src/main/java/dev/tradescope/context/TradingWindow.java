package dev.tradescope.context;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Holds the trading window of a discovery ({@code [start, end]}, first entry to last exit or the as-of
 * date) and the as-of date that stands for "now" in every market context computation.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param start the first day of the window
 * @param end   the last day of the window, not before {@code start}
 * @param asOf  the as-of date of the discovery
 */
public record TradingWindow(LocalDate start, LocalDate end, LocalDate asOf) {

    /**
     * The rule for gaps in daily data: a close stands for a date when it is the last close on or before
     * that date and at most this many calendar days earlier (weekends and holidays); a window starts at
     * the first close on or after its start, at most this many days later.
     */
    public static final int MAX_CLOSE_GAP_DAYS = 7;

    /** Validates that the dates are present and the window is not reversed. */
    public TradingWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(asOf, "asOf");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("window end " + end + " is before its start " + start);
        }
    }

    /**
     * Returns the first date from which a price history must be requested so that every market
     * context value can be computed: the window start or the last trading days of the year before the
     * as-of date (for the year-to-date return), whichever is earlier, minus {@link #MAX_CLOSE_GAP_DAYS}.
     */
    public LocalDate priceHistoryFrom() {
        LocalDate previousYearEnd = LocalDate.of(asOf.getYear() - 1, 12, 31);
        LocalDate earliest = start.isBefore(previousYearEnd) ? start : previousYearEnd;
        return earliest.minusDays(MAX_CLOSE_GAP_DAYS);
    }

    /**
     * Returns the first date from which an economic series must be requested so that its value on or
     * before the window start is included: 40 days before the start (monthly series are dated the 1st).
     */
    public LocalDate economicSeriesFrom() {
        return start.minusDays(40);
    }

    /** Returns the last date any market context value needs: the later of the window end and the as-of date. */
    public LocalDate historyTo() {
        return end.isAfter(asOf) ? end : asOf;
    }
}
