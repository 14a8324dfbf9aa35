package dev.tradescope.http;

import dev.tradescope.support.FailureKind;
import java.util.Optional;

/**
 * Classifies a provider's non-2xx answer where its meaning differs from plain HTTP (SEC answers
 * 403 when it throttles; FRED answers 400 for an unknown series). Empty means: use the default.
 */
@FunctionalInterface
public interface StatusRule {

    /** Returns the rule that always falls back to the default mapping. */
    static StatusRule standard() {
        return answer -> Optional.empty();
    }

    /** Classifies the answer, or returns empty for the default mapping. */
    Optional<FailureKind> classify(HttpAnswer answer);
}
