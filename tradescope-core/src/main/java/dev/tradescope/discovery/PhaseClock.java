package dev.tradescope.discovery;

import java.util.LinkedHashMap;
import java.util.Map;

/** Times the phases of a run with the monotonic clock. */
final class PhaseClock {
    private final Map<String, Double> millis = new LinkedHashMap<>();
    private long started = System.nanoTime();

    // Ends the current phase under the given name and starts the next one.
    void lap(String phase) {
        long now = System.nanoTime();
        millis.merge(phase, (now - started) / 1e6, Double::sum);
        started = now;
    }

    // Adds another clock's phases (the shared plan and fetch phases) after this one's.
    void merge(PhaseClock other) {
        other.millis.forEach((phase, ms) -> millis.merge(phase, ms, Double::sum));
    }

    // Starts timing the next phase now.
    void restart() {
        started = System.nanoTime();
    }

    Map<String, Double> snapshot() {
        return new LinkedHashMap<>(millis);
    }
}
