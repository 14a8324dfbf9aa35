package dev.tradescope.context;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;

/**
 * Holds the year-to-date return of a series as of the as-of date: from the last close of the previous
 * year ({@code base}) to the close that stands for the as-of date ({@code last}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param base        the last close on or before 31 December of the year before the as-of date
 * @param last        the last close on or before the as-of date
 * @param totalReturn {@code last / base - 1}
 */
public record YearToDate(Optional<PricePoint> base, Optional<PricePoint> last, OptionalDouble totalReturn) {

    /** Validates that every component is present. */
    public YearToDate {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(totalReturn, "totalReturn");
    }

    // No value at all: there is no series.
    static YearToDate empty() {
        return new YearToDate(Optional.empty(), Optional.empty(), OptionalDouble.empty());
    }

    // Measures the year-to-date return; reports a value it cannot compute to gaps.
    static YearToDate measure(Closes closes, LocalDate asOf, Consumer<MissingItem> gaps) {
        LocalDate previousYearEnd = LocalDate.of(asOf.getYear() - 1, 12, 31);
        Optional<PricePoint> base = closes.findCloseFor(previousYearEnd);
        Optional<PricePoint> last = closes.findCloseFor(asOf);
        if (base.isEmpty()) {
            gaps.accept(new MissingItem("year_to_date", "no close for the previous year's end: "
                    + closes.describeNoCloseFor(previousYearEnd)));
        } else if (last.isEmpty()) {
            gaps.accept(new MissingItem("year_to_date", "no close for the as-of date: " + closes.describeNoCloseFor(asOf)));
        }
        OptionalDouble ytd = base.isPresent() && last.isPresent()
                ? OptionalDouble.of(last.get().price() / base.get().price() - 1) : OptionalDouble.empty();
        return new YearToDate(base, last, ytd);
    }
}
