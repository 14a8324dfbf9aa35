package dev.tradescope.http;

/**
 * Signals that an HTTP call got no answer: the connection failed or was reset, or the request
 * timed out. Its message is already redacted.
 */
public final class TransportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean timeout;

    /** Builds the exception; the message must already be redacted. */
    public TransportException(String redactedMessage, boolean timeout) {
        super(redactedMessage);
        this.timeout = timeout;
    }

    /** Tells whether the call timed out (rather than failed to connect or was reset). */
    public boolean isTimeout() {
        return timeout;
    }
}
