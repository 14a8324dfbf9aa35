package dev.tradescope.trade;

import java.util.Locale;
import java.util.Objects;

/**
 * Describes one problem found in a trade-history row: where it is, the raw value, and why it is a problem.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind     what kind of problem it is
 * @param line     the 1-based line number in the file (the header is line 1)
 * @param column   the column name, or {@code ""} when the problem spans the row
 * @param value    the raw value as it stands in the file
 * @param reason   what is wrong and what was expected
 */
public record TradeIssue(Kind kind, long line, String column, String value, String reason) {

    /** Validates that every component is present. */
    public TradeIssue {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reason, "reason");
    }

    /** Returns a one-line description such as {@code line 12, column PnL, value 'x': not a number}. */
    public String describe() {
        String where = column.isEmpty() ? "line " + line : "line " + line + ", column " + column;
        return where + (value.isEmpty() ? "" : ", value '" + value + "'") + ": " + reason;
    }

    /** Names the kinds of row problems; the id is what the document counts them by. */
    public enum Kind {
        /** A required field is missing or unusable: the row is excluded. */
        UNUSABLE_ROW,
        /** The Status is neither Closed nor Open/Active: the row is excluded. */
        UNKNOWN_STATUS,
        /** A closed trade has no exit date. */
        CLOSED_WITHOUT_EXIT_DATE,
        /** A closed trade has no PnL. */
        CLOSED_WITHOUT_PNL,
        /** An open trade has an exit date or exit price. */
        OPEN_WITH_EXIT,
        /** PnL differs from (exit − entry) × size by more than 0.01. */
        PNL_MISMATCH,
        /** Duration_Days differs from the days between entry and exit. */
        DURATION_MISMATCH,
        /** The exit date is before the entry date. */
        EXIT_BEFORE_ENTRY,
        /** The Position_UUID was seen on an earlier line. */
        DUPLICATE_POSITION_ID,
        /** An optional field could not be parsed and was ignored. */
        UNPARSEABLE_FIELD,
        /** The row has more or fewer fields than the header. */
        FIELD_COUNT_MISMATCH;

        /** Returns the snake_case id used in the document. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
