package dev.tradescope.support;

import java.util.Objects;

/**
 * Describes an expected miss: what kind it is, which source said so, for which request, and why.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind    why the request failed
 * @param source  the source that answered (a provider id, a file), never a secret
 * @param subject the request in readable form, never holding a secret
 * @param message a human-readable explanation
 */
public record Failure(FailureKind kind, String source, String subject, String message) {

    /** Validates that every component is present. */
    public Failure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
    }

    /** Returns a one-line description such as {@code yahoo history SPY: rate limited (HTTP 429)}. */
    public String describe() {
        return source + " " + subject + ": " + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + " (" + message + ")";
    }
}
