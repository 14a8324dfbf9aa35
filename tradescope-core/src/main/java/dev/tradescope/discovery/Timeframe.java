package dev.tradescope.discovery;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Names the trading windows a discovery can be limited to; each ends at the as-of date. */
public enum Timeframe {
    /** Entries in the month up to the as-of date. */
    ONE_MONTH("1m"),
    /** Entries in the three months up to the as-of date. */
    THREE_MONTHS("3m"),
    /** Entries in the six months up to the as-of date. */
    SIX_MONTHS("6m"),
    /** Entries in the year up to the as-of date. */
    ONE_YEAR("1y"),
    /** Entries from 1 January of the as-of year. */
    YEAR_TO_DATE("ytd"),
    /** Every entry up to the as-of date. */
    ALL("all");

    private final String id;

    Timeframe(String id) {
        this.id = id;
    }

    /** Returns the id used on the command line and in the document. */
    public String id() {
        return id;
    }

    /** Parses an id such as {@code 3m}; the message lists the valid ids. */
    public static Timeframe parse(String text) {
        return Arrays.stream(values()).filter(t -> t.id.equalsIgnoreCase(text.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("timeframe '" + text + "' is not valid; expected one of "
                        + Arrays.stream(values()).map(Timeframe::id).collect(Collectors.joining(", "))));
    }

    /** Finds the first entry date inside the window ending at {@code asOf}; empty for {@link #ALL}. */
    public Optional<LocalDate> findStart(LocalDate asOf) {
        switch (this) {
            case ONE_MONTH:
                return Optional.of(asOf.minusMonths(1));
            case THREE_MONTHS:
                return Optional.of(asOf.minusMonths(3));
            case SIX_MONTHS:
                return Optional.of(asOf.minusMonths(6));
            case ONE_YEAR:
                return Optional.of(asOf.minusYears(1));
            case YEAR_TO_DATE:
                return Optional.of(asOf.withDayOfYear(1));
            default:
                return Optional.empty();
        }
    }

    /** Tells whether an entry date lies in the window ending at {@code asOf}. */
    public boolean contains(LocalDate entry, LocalDate asOf) {
        return !entry.isAfter(asOf) && findStart(asOf).map(start -> !entry.isBefore(start)).orElse(true);
    }

    @Override
    public String toString() {
        return id;
    }
}
