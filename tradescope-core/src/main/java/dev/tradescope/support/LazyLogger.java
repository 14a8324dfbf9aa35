package dev.tradescope.support;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds a class's logger, made on first use: a run that logs nothing (every warm or offline
 * discovery) never starts the logging framework, whose start (finding its provider among every jar
 * of the class path, configuring the appenders) costs a short run more than anything it logs.
 *
 * <p>This class is thread-safe.
 */
public final class LazyLogger {
    private final Class<?> owner;
    private volatile Logger logger;

    /** Holds the logger named after {@code owner}. */
    public LazyLogger(Class<?> owner) {
        this.owner = owner;
    }

    /** Returns the logger, making it (and, the first time in the process, the logging framework) if needed. */
    public Logger get() {
        Logger made = logger;
        if (made == null) {
            made = LoggerFactory.getLogger(owner);
            logger = made;
        }
        return made;
    }
}
