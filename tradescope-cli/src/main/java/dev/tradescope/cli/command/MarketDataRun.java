package dev.tradescope.cli.command;

import dev.tradescope.cli.MarketStack;
import dev.tradescope.cli.Wiring;
import dev.tradescope.cli.option.ConfigOption;
import dev.tradescope.cli.option.WorkspaceOption;
import dev.tradescope.config.TradescopeConfig;
import dev.tradescope.marketdata.MarketData;
import dev.tradescope.marketdata.MarketDataRequest;
import dev.tradescope.marketdata.MarketDataSource;
import dev.tradescope.marketdata.Provenance;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.marketdata.SourceAttempt;
import dev.tradescope.support.FailureKind;
import dev.tradescope.support.InvalidInputException;
import dev.tradescope.support.Result;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Opens the market data stack for one command and fetches through it: the chain, or one named provider. */
final class MarketDataRun implements AutoCloseable {
    private final MarketStack stack;
    private final Wiring wiring;

    private MarketDataRun(MarketStack stack) {
        this.stack = stack;
        this.wiring = stack.wiring();
    }

    static MarketDataRun open(WorkspaceOption workspace, ConfigOption config, boolean offline) {
        TradescopeConfig loaded = config.load(workspace.path());
        if (offline) {
            loaded = loaded.withMarketData(loaded.marketData().withOffline(true));
        }
        return new MarketDataRun(MarketStack.open(loaded, workspace.path(), Clock.systemUTC()));
    }

    Wiring wiring() {
        return wiring;
    }

    <T> Result<MarketData<T>> fetch(MarketDataRequest<T> request, Optional<String> provider) {
        if (provider.isEmpty()) {
            return wiring.marketData().fetch(request);
        }
        ProviderId id = providerId(provider.get());
        MarketDataSource source = wiring.findProvider(id).orElseThrow(() -> new InvalidInputException(
                "provider " + id + " is not available: it is disabled, or the run is offline"));
        return source.fetch(request);
    }

    List<SourceAttempt> attempts() {
        return wiring.marketData().attempts();
    }

    static ProviderId providerId(String name) {
        return ProviderId.findById(name).orElseThrow(() -> new InvalidInputException("--provider: one of "
                + Arrays.stream(ProviderId.values()).map(ProviderId::id).collect(Collectors.joining(", "))
                + ", was '" + name + "'"));
    }

    static String describe(Provenance p) {
        return "source: " + p.provider() + ", requested " + p.requestedAt() + ", market date "
                + p.marketDate().map(Object::toString).orElse("n/a") + (p.fromCache() ? ", from cache" : "")
                + (p.stale() ? ", STALE (age " + p.age().map(Object::toString).orElse("?") + ")" : "");
    }

    static Map<String, Object> provenanceTree(Provenance p) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("provider", p.provider().id());
        tree.put("requested_at", p.requestedAt().toString());
        tree.put("market_date", p.marketDate().map(Object::toString).orElse(null));
        tree.put("from_cache", p.fromCache());
        tree.put("stale", p.stale());
        return tree;
    }

    static List<Map<String, Object>> attemptsTree(List<SourceAttempt> attempts) {
        return attempts.stream().map(a -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("provider", a.provider().id());
            m.put("outcome", a.failure().map(k -> k.name().toLowerCase(java.util.Locale.ROOT)).orElse("ok"));
            m.put("message", a.message());
            return m;
        }).toList();
    }

    // Exit code of a failed fetch: a request the user must fix is 2, anything else 1.
    static int exitCodeOf(FailureKind kind) {
        return kind == FailureKind.INVALID_REQUEST || kind == FailureKind.NOT_CONFIGURED ? 2 : 1;
    }

    @Override
    public void close() {
        stack.close();
    }
}
