package dev.tradescope.config;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Holds the research configuration ({@code research.*} and {@code sectors} in {@code tradescope.yaml}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param freshness            a note older than this (by its date, from the as-of date) is stale
 * @param priorDiscoveryWindow a prior discovery written within this window may be reused
 * @param sectorOverrides      ticker (upper-case) → GICS sector name, replacing the shipped map
 */
public record ResearchSettings(Duration freshness, Duration priorDiscoveryWindow, Map<String, String> sectorOverrides) {

    /** The default freshness of a research note: 30 days. */
    public static final Duration DEFAULT_FRESHNESS = Duration.ofDays(30);
    /** The default window for reusing a prior discovery: 24 hours. */
    public static final Duration DEFAULT_PRIOR_DISCOVERY_WINDOW = Duration.ofHours(24);

    /** Validates the durations and normalises the override tickers to upper case. */
    public ResearchSettings {
        Objects.requireNonNull(freshness, "freshness");
        Objects.requireNonNull(priorDiscoveryWindow, "priorDiscoveryWindow");
        if (freshness.isNegative() || freshness.isZero()) {
            throw new IllegalArgumentException("research.freshness: must be positive, was " + freshness);
        }
        if (priorDiscoveryWindow.isNegative()) {
            throw new IllegalArgumentException("research.prior-discovery-window: must not be negative, was "
                    + priorDiscoveryWindow);
        }
        Map<String, String> normalised = new TreeMap<>();
        sectorOverrides.forEach((ticker, sector) -> normalised.put(ticker.strip().toUpperCase(Locale.ROOT), sector.strip()));
        sectorOverrides = Map.copyOf(normalised);
    }

    /** Returns the defaults: 30-day freshness, 24-hour reuse window, no overrides. */
    public static ResearchSettings defaults() {
        return new ResearchSettings(DEFAULT_FRESHNESS, DEFAULT_PRIOR_DISCOVERY_WINDOW, Map.of());
    }
}
