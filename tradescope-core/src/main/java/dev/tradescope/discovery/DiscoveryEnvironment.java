package dev.tradescope.discovery;

import dev.tradescope.config.ResearchSettings;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Holds what a discovery runs with: its clock, research settings, version, market data stack,
 * limits, memory guard and progress listener.
 *
 * <p>This class is immutable and thread-safe when its parts are.
 *
 * @param clock            the source of the execution timestamp
 * @param research         note freshness and sector overrides
 * @param toolVersion      the version reported in documents
 * @param marketAccess     the market data stack, asked for when the plan phase starts (it may still
 *                         be being built while trades and notes are read)
 * @param settings         benchmark, deadline, strictness, tasks in flight
 * @param guard            the memory guard
 * @param progress         the progress listener
 */
public record DiscoveryEnvironment(Clock clock, ResearchSettings research, String toolVersion,
                                   Supplier<MarketDataAccess> marketAccess, RunSettings settings, MemoryGuard guard,
                                   Progress progress) {

    /** Validates that every part is present. */
    public DiscoveryEnvironment {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(research, "research");
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(marketAccess, "marketAccess");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(guard, "guard");
        Objects.requireNonNull(progress, "progress");
    }

    /** Builds an environment with a market data stack that is already built. */
    public DiscoveryEnvironment(Clock clock, ResearchSettings research, String toolVersion, MarketDataAccess market,
                                RunSettings settings, MemoryGuard guard, Progress progress) {
        this(clock, research, toolVersion, () -> market, settings, guard, progress);
    }

    /** Returns the market data stack, waiting for it to be built if need be. */
    public MarketDataAccess market() {
        return marketAccess.get();
    }
}
