package dev.tradescope.context;

import dev.tradescope.trade.stats.ActivePosition;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Holds the export's own unrealised-return snapshot of an open position and when it was taken: the
 * snapshot date is the entry date plus the exported Days_Since_Entry (whole days, a fraction dropped).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param unrealisedReturn the exported unrealised return (Current_Unrealized_PnL), if any
 * @param date             the snapshot date, if Days_Since_Entry was exported
 * @param daysSince        whole days from the snapshot date to the as-of date (negative if the snapshot is later)
 */
public record ExportedSnapshot(OptionalDouble unrealisedReturn, Optional<LocalDate> date, OptionalLong daysSince) {

    /** Validates that every component is present and that the day count goes with a date. */
    public ExportedSnapshot {
        Objects.requireNonNull(unrealisedReturn, "unrealisedReturn");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(daysSince, "daysSince");
        if (date.isPresent() != daysSince.isPresent()) {
            throw new IllegalArgumentException("days since the snapshot go with its date");
        }
    }

    // The snapshot of an active position as seen from the as-of date.
    static ExportedSnapshot of(ActivePosition position, LocalDate asOf) {
        OptionalDouble days = position.exportedDaysSinceEntry();
        OptionalDouble value = finite(position.currentReturn());
        if (days.isEmpty() || !Double.isFinite(days.getAsDouble()) || days.getAsDouble() < 0) {
            return new ExportedSnapshot(value, Optional.empty(), OptionalLong.empty());
        }
        LocalDate date = position.entryDate().plusDays((long) Math.floor(days.getAsDouble()));
        return new ExportedSnapshot(value, Optional.of(date), OptionalLong.of(ChronoUnit.DAYS.between(date, asOf)));
    }

    private static OptionalDouble finite(OptionalDouble value) {
        return value.isPresent() && Double.isFinite(value.getAsDouble()) ? value : OptionalDouble.empty();
    }
}
