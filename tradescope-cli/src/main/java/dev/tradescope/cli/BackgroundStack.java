package dev.tradescope.cli;

import dev.tradescope.config.TradescopeConfig;
import dev.tradescope.discovery.MarketDataAccess;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Opens a run's market data stack (cache tiers, HTTP clients, rate limits, quota ledger) on a
 * second thread, while the discovery reads the trades and the notes, which need none of it; the
 * plan phase then waits for it. A failure to open is thrown, unchanged, to whoever asks for it.
 */
public final class BackgroundStack implements AutoCloseable {
    private final CompletableFuture<MarketStack> opening;

    private BackgroundStack(CompletableFuture<MarketStack> opening) {
        this.opening = opening;
    }

    /** Starts opening the stack a workspace's configuration describes. */
    public static BackgroundStack open(TradescopeConfig config, Path workspace, Clock clock) {
        return new BackgroundStack(CompletableFuture.supplyAsync(() -> MarketStack.open(config, workspace, clock),
                task -> DaemonThread.start("tradescope-market-open", task)));
    }

    /** Returns the stack, waiting until it is open. */
    public MarketStack stack() {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Returns what a discovery needs of the stack, waiting until it is open. */
    public MarketDataAccess access() {
        return stack().access();
    }

    /** Closes the stack once it is open; a stack that failed to open has nothing to close. */
    @Override
    public void close() {
        MarketStack stack;
        try {
            stack = opening.join();
        } catch (CompletionException e) {
            return;
        }
        stack.close();
    }
}
