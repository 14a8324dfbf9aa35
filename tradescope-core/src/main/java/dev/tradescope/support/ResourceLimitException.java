package dev.tradescope.support;

/**
 * Signals that a run stopped at a configured resource limit (memory ceiling, deadline in strict
 * mode) before it could finish. The command line maps it to exit 3.
 */
public class ResourceLimitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Builds the exception with a message naming the limit and the value reached. */
    public ResourceLimitException(String message) {
        super(message);
    }
}
