package dev.tradescope.trade;

import java.util.Locale;
import java.util.Optional;

/** Says whether a trade is closed or still open. */
public enum TradeStatus {
    /** The position was exited; its PnL and Return are final. */
    CLOSED,
    /** The position is still held. */
    OPEN;

    /** Parses {@code Closed}, {@code Open} or {@code Active} (any case); anything else is empty. */
    public static Optional<TradeStatus> parse(String text) {
        switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "closed":
                return Optional.of(CLOSED);
            case "open":
            case "active":
                return Optional.of(OPEN);
            default:
                return Optional.empty();
        }
    }
}
