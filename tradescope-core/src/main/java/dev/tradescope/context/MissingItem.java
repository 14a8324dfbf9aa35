package dev.tradescope.context;

import java.util.Objects;

/**
 * Names a market context value that could not be obtained and says why.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param item   what is missing, for example {@code benchmark SPY} or {@code ytd_return}
 * @param reason why, in readable form
 */
public record MissingItem(String item, String reason) {

    /** Validates that both texts are present and not blank. */
    public MissingItem {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(reason, "reason");
        if (item.isBlank() || reason.isBlank()) {
            throw new IllegalArgumentException("item and reason must not be blank, were '" + item + "', '" + reason + "'");
        }
    }

    // Written out rather than generated: the generated methods are linked through method handles on first
    // use, which cost a run with thousands of open positions more than the comparisons themselves.
    @Override
    public boolean equals(Object other) {
        return other instanceof MissingItem that && item.equals(that.item) && reason.equals(that.reason);
    }

    @Override
    public int hashCode() {
        return 31 * item.hashCode() + reason.hashCode();
    }
}
