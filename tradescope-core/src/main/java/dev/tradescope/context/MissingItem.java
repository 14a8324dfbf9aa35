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
}
