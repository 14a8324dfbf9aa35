package dev.tradescope.trade;

import java.util.Optional;

/** Says whether a trade is closed or still open. */
public enum TradeStatus {
    /** The position was exited; its PnL and Return are final. */
    CLOSED,
    /** The position is still held. */
    OPEN;

    // Parsed millions of times on large exports: the answers are shared.
    private static final Optional<TradeStatus> FOUND_CLOSED = Optional.of(CLOSED);
    private static final Optional<TradeStatus> FOUND_OPEN = Optional.of(OPEN);

    /** Parses {@code Closed}, {@code Open} or {@code Active} (any case); anything else is empty. */
    public static Optional<TradeStatus> parse(String text) {
        String word = text.strip();
        if (word.equalsIgnoreCase("closed")) {
            return FOUND_CLOSED;
        }
        if (word.equalsIgnoreCase("open") || word.equalsIgnoreCase("active")) {
            return FOUND_OPEN;
        }
        return Optional.empty();
    }
}
