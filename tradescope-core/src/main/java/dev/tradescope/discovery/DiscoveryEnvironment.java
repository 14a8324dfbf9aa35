package dev.tradescope.discovery;

import dev.tradescope.config.ResearchSettings;
import java.time.Clock;
import java.util.Objects;

/**
 * Holds what a discovery runs with: its clock, research settings, version, market data stack,
 * limits, memory guard and progress listener.
 *
 * <p>This class is immutable and thread-safe when its parts are.
 *
 * @param clock            the source of the execution timestamp
 * @param research         note freshness and sector overrides
 * @param toolVersion      the version reported in documents
 * @param market           the market data stack
 * @param settings         benchmark, deadline, strictness, tasks in flight
 * @param guard            the memory guard
 * @param progress         the progress listener
 */
public record DiscoveryEnvironment(Clock clock, ResearchSettings research, String toolVersion, MarketDataAccess market,
                                   RunSettings settings, MemoryGuard guard, Progress progress) {

    /** Validates that every part is present. */
    public DiscoveryEnvironment {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(research, "research");
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(guard, "guard");
        Objects.requireNonNull(progress, "progress");
    }
}
