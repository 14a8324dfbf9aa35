package dev.tradescope.resilience;

import java.time.Duration;

/** Waits; injected so that tests advance a fake clock instead of sleeping for real. */
@FunctionalInterface
public interface Sleeper {

    /** Returns the sleeper that really sleeps. */
    static Sleeper system() {
        return duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
    }

    /** Waits for the given duration. */
    void sleep(Duration duration) throws InterruptedException;
}
