package dev.tradescope.discovery;

import dev.tradescope.support.InvalidInputException;

/** Signals that a portfolio name matched no trade-history file; the message lists the ones that exist. */
public final class PortfolioNotFoundException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /** Builds the exception with a message naming the directory searched and the closest names. */
    public PortfolioNotFoundException(String message) {
        super(message);
    }
}
