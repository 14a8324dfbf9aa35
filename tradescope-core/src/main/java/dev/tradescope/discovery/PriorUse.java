package dev.tradescope.discovery;

import dev.tradescope.research.PriorDiscovery;
import java.util.Objects;
import java.util.Optional;

/**
 * Says what became of a portfolio's newest prior discovery: found or not, and whether its market
 * context was reused ({@code --reuse}) instead of being gathered again.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param prior  the newest prior discovery of the portfolio, if any
 * @param reused whether its market context was reused
 * @param note   what happened, in a sentence
 */
public record PriorUse(Optional<PriorDiscovery> prior, boolean reused, String note) {

    /** Validates that a reused context comes from a prior discovery. */
    public PriorUse {
        Objects.requireNonNull(prior, "prior");
        Objects.requireNonNull(note, "note");
        if (reused && prior.isEmpty()) {
            throw new IllegalArgumentException("a reused market context needs a prior discovery");
        }
    }
}
