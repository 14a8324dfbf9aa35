package dev.tradescope.marketdata;

import dev.tradescope.support.Failure;
import dev.tradescope.support.FailureKind;
import dev.tradescope.support.Result;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Answers each request from a chain of sources per data kind, trying them in order until one
 * answers with data; every try and its outcome is recorded ({@link #attempts()}). When all fail,
 * the answer is one failure that lists every try; its kind is that of the first try that was not
 * <em>not configured</em> (so "rate limited" beats "no key"), or <em>not configured</em> if none ran.
 *
 * <p>This class is thread-safe.
 */
public final class FallbackSource implements MarketDataSource {
    private final Map<DataKind, List<MarketDataSource>> chains;
    private final Clock clock;
    private final List<SourceAttempt> attempts = Collections.synchronizedList(new ArrayList<>());

    /** Builds the source over the chains; a kind without a chain is not supported. */
    public FallbackSource(Map<DataKind, List<MarketDataSource>> chains, Clock clock) {
        Map<DataKind, List<MarketDataSource>> copy = new EnumMap<>(DataKind.class);
        chains.forEach((kind, chain) -> copy.put(kind, List.copyOf(chain)));
        this.chains = Collections.unmodifiableMap(copy);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Returns the provider of the first source of the first chain (the preferred source). */
    @Override
    public ProviderId provider() {
        return chains.values().stream().filter(c -> !c.isEmpty()).findFirst().map(c -> c.get(0).provider())
                .orElse(ProviderId.LOCAL);
    }

    @Override
    public boolean supports(DataKind kind) {
        return chain(kind).stream().anyMatch(s -> s.supports(kind));
    }

    /** Returns the providers tried for a kind, in order. */
    public List<ProviderId> chainOf(DataKind kind) {
        return chain(kind).stream().map(MarketDataSource::provider).toList();
    }

    /** Returns every try made so far, in order. */
    public List<SourceAttempt> attempts() {
        synchronized (attempts) {
            return List.copyOf(attempts);
        }
    }

    @Override
    public <T> Result<MarketData<T>> fetch(MarketDataRequest<T> request) {
        List<Failure> failures = new ArrayList<>();
        for (MarketDataSource source : chain(request.kind())) {
            if (!source.supports(request.kind())) {
                continue;
            }
            Result<MarketData<T>> result = source.fetch(request);
            record(source.provider(), request, result);
            if (result.isOk()) {
                return result;
            }
            failures.add(result.findFailure().orElseThrow());
        }
        return Result.failed(combined(request, failures));
    }

    private List<MarketDataSource> chain(DataKind kind) {
        return chains.getOrDefault(kind, List.of());
    }

    private void record(ProviderId provider, MarketDataRequest<?> request, Result<? extends MarketData<?>> result) {
        Optional<Failure> failure = result.findFailure();
        boolean cached = result.findValue().map(d -> d.provenance().fromCache()).orElse(false);
        attempts.add(new SourceAttempt(provider, request.describe(), failure.map(Failure::kind),
                failure.map(Failure::message).orElse("ok"), cached, clock.instant()));
    }

    private static Failure combined(MarketDataRequest<?> request, List<Failure> failures) {
        if (failures.isEmpty()) {
            return new Failure(FailureKind.INVALID_REQUEST, "chain", request.describe(),
                    "no source in the chain answers " + request.kind() + " requests");
        }
        FailureKind kind = failures.stream().map(Failure::kind).filter(k -> k != FailureKind.NOT_CONFIGURED)
                .findFirst().orElse(FailureKind.NOT_CONFIGURED);
        String tried = failures.stream().map(f -> f.source() + ": " + f.kind().name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ') + " (" + f.message() + ")").collect(Collectors.joining("; "));
        return new Failure(kind, "chain", request.describe(), "every source failed: " + tried);
    }
}
