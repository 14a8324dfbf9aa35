package dev.tradescope.cache;

import java.util.Objects;
import java.util.Optional;

/**
 * Says whether a cache tier is in use and, when it is not, why (for the run report).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param tier      the tier name ({@code memory}, {@code disk}, {@code redis})
 * @param available whether the tier is in use
 * @param problem   why the tier was switched off, when it was
 */
public record TierStatus(String tier, boolean available, Optional<String> problem) {

    /** Validates that the parts are present and that an unavailable tier says why. */
    public TierStatus {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(problem, "problem");
        if (!available && problem.isEmpty()) {
            throw new IllegalArgumentException(tier + ": an unavailable tier must say why");
        }
    }

    /** Builds the status of a tier in use. */
    public static TierStatus up(String tier) {
        return new TierStatus(tier, true, Optional.empty());
    }

    /** Builds the status of a tier switched off for a reason. */
    public static TierStatus down(String tier, String problem) {
        return new TierStatus(tier, false, Optional.of(problem));
    }
}
