package dev.tradescope.http;

/** Signals that a provider's answer does not have the shape its parser expects; never retried. */
public final class MalformedAnswerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Builds the exception with a message naming what was missing or wrong. */
    public MalformedAnswerException(String message) {
        super(message);
    }
}
