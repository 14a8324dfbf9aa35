package dev.tradescope.trade;

import java.util.Locale;
import java.util.Optional;

/** Says whether a position profits from a rising (long) or falling (short) price. */
public enum Direction {
    /** Profits when the price rises. */
    LONG,
    /** Profits when the price falls. */
    SHORT;

    /** Parses {@code Long} or {@code Short} (any case); anything else is empty. */
    public static Optional<Direction> parse(String text) {
        switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "long":
            case "buy":
                return Optional.of(LONG);
            case "short":
            case "sell":
                return Optional.of(SHORT);
            default:
                return Optional.empty();
        }
    }

    /** Returns +1 for long and −1 for short: the sign of PnL for a rising price. */
    public int sign() {
        return this == LONG ? 1 : -1;
    }
}
