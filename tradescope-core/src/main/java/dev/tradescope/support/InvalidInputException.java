package dev.tradescope.support;

/**
 * Signals input the user must fix: a bad file, value or option. The command line maps it to exit 2.
 * Its message names the file, line, column and value where they are known, and what was expected.
 */
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Builds the exception with a message that says what is wrong and what was expected. */
    public InvalidInputException(String message) {
        super(message);
    }

    /** Builds the exception with a message and the underlying cause. */
    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
