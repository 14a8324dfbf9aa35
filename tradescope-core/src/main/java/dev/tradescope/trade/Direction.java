package dev.tradescope.trade;

import java.util.Optional;

/** Says whether a position profits from a rising (long) or falling (short) price. */
public enum Direction {
    /** Profits when the price rises. */
    LONG,
    /** Profits when the price falls. */
    SHORT;

    // Parsed millions of times on large exports: the answers are shared.
    private static final Optional<Direction> FOUND_LONG = Optional.of(LONG);
    private static final Optional<Direction> FOUND_SHORT = Optional.of(SHORT);

    /** Parses {@code Long} or {@code Short} (any case); anything else is empty. */
    public static Optional<Direction> parse(String text) {
        String word = text.strip();
        if (word.equalsIgnoreCase("long") || word.equalsIgnoreCase("buy")) {
            return FOUND_LONG;
        }
        if (word.equalsIgnoreCase("short") || word.equalsIgnoreCase("sell")) {
            return FOUND_SHORT;
        }
        return Optional.empty();
    }

    /** Returns +1 for long and −1 for short: the sign of PnL for a rising price. */
    public int sign() {
        return this == LONG ? 1 : -1;
    }
}
