package dev.tradescope.resilience;

import dev.tradescope.http.Attempt;
import dev.tradescope.http.AttemptingSource;
import dev.tradescope.marketdata.DataKind;
import dev.tradescope.marketdata.MarketData;
import dev.tradescope.marketdata.MarketDataRequest;
import dev.tradescope.marketdata.MarketDataSource;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.support.Failure;
import dev.tradescope.support.FailureKind;
import dev.tradescope.support.LazyLogger;
import dev.tradescope.support.Result;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Protects a vendor source: circuit breaker (fails fast as <em>unavailable</em> while open), then
 * up to {@code retryAttempts} tries, each passing the rate limits (provider bucket, global bucket,
 * per-day quota) and the bulkheads (per provider and global) before its HTTP call (which has its
 * own timeout). Transient failures (timeouts, connection errors, 5xx) are retried with exponential
 * backoff and jitter; a {@code Retry-After} is honoured when it fits in the wait budget, else the
 * call ends <em>rate limited</em>; other failures are never retried. After the provider answers
 * <em>rate limited</em>, no request is sent to it until its {@code Retry-After} (or a minute) has
 * passed: later requests fail fast as rate limited, so a 429 storm cannot build up. Each try uses
 * a token and, where the provider has one, a call of its daily quota.
 *
 * <p>This class is thread-safe.
 */
public final class ResilientSource implements MarketDataSource {
    private static final LazyLogger LOG = new LazyLogger(ResilientSource.class);
    private static final String LOCAL_LIMIT = "local limit: ";

    private final AttemptingSource delegate;
    private final ResiliencePolicy policy;
    private final SharedResilience shared;
    private final RateGate gate;
    private final Bulkhead bulkhead;
    // Made on the first call through this source (breaker()): a run that makes none, such as a warm one,
    // does not build it, and its class's initialisation starts the logging framework.
    private volatile CircuitBreaker breaker;
    private final IntervalFunction backoff;
    private final Counters counters = new Counters();
    private final AtomicReference<Instant> coolingUntil = new AtomicReference<>(Instant.MIN);

    /** Wraps a vendor source with its policy and the run's shared limits. */
    public ResilientSource(AttemptingSource delegate, ResiliencePolicy policy, SharedResilience shared) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.shared = Objects.requireNonNull(shared, "shared");
        this.gate = new RateGate(policy.provider(), policy.limits(), shared);
        this.bulkhead = SharedResilience.bulkhead(policy.provider().id(), policy.limits().maxInFlight(), policy.maxWait());
        this.backoff = IntervalFunction.ofExponentialRandomBackoff(Math.max(1, policy.initialBackoff().toMillis()), 2.0, 0.5);
    }

    @Override
    public ProviderId provider() {
        return delegate.provider();
    }

    @Override
    public boolean supports(DataKind kind) {
        return delegate.supports(kind);
    }

    @Override
    public int maxBatch(DataKind kind) {
        return delegate.maxBatch(kind);
    }

    /** Returns the wrapped vendor source. */
    public AttemptingSource delegate() {
        return delegate;
    }

    /** Returns a snapshot of what this provider did so far. */
    public ProviderStats stats() {
        return counters.snapshot(provider(), gate.quotaLeft(), breakerState().name());
    }

    /** Returns the circuit breaker's state: CLOSED, OPEN, HALF_OPEN (and the forced states); CLOSED before any call. */
    public CircuitBreaker.State breakerState() {
        CircuitBreaker made = breaker;
        return made == null ? CircuitBreaker.State.CLOSED : made.getState();
    }

    private CircuitBreaker breaker() {
        CircuitBreaker made = breaker;
        if (made == null) {
            synchronized (this) {
                made = breaker;
                if (made == null) {
                    made = CircuitBreaker.of(policy.provider().id(), breakerConfig(policy, shared));
                    breaker = made;
                }
            }
        }
        return made;
    }

    @Override
    public <T> Result<MarketData<T>> fetch(MarketDataRequest<T> request) {
        if (!delegate.supports(request.kind())) {
            return delegate.fetch(request);
        }
        Optional<String> missing = delegate.findMissingSetting();
        if (missing.isPresent()) {
            return Result.failed(failure(request, FailureKind.NOT_CONFIGURED, missing.get()));
        }
        counters.attempted.incrementAndGet();
        Instant until = coolingUntil.get();
        if (shared.clock().instant().isBefore(until)) {
            return counted(Result.failed(failure(request, FailureKind.RATE_LIMITED, "cooling down until " + until
                    + " after the provider's last rate-limit answer; no request sent")));
        }
        if (!breaker().tryAcquirePermission()) {
            return counted(Result.failed(failure(request, FailureKind.UNAVAILABLE,
                    "circuit open after repeated failures; failing fast for up to "
                            + ResiliencePolicy.BREAKER_OPEN_DURATION.toSeconds() + " s")));
        }
        return counted(tryInTurn(request));
    }

    private <T> Result<MarketData<T>> tryInTurn(MarketDataRequest<T> request) {
        Duration waited = Duration.ZERO;
        long callMillis = 0;
        for (int attempt = 1; ; attempt++) {
            RateGate.Passage passage = gate.pass(policy.maxWait().minus(waited));
            waited = waited.plus(passage.waited());
            counters.addWait(passage.waited());
            if (passage.refusal().isPresent()) {
                return refused(request, passage.refusal().get(), attempt > 1, callMillis);
            }
            long start = shared.clock().millis();
            Attempt<T> outcome = callInBulkheads(request);
            callMillis += shared.clock().millis() - start;
            Optional<Duration> pause = pauseBeforeRetry(outcome, attempt, policy.maxWait().minus(waited));
            if (pause.isEmpty()) {
                return finish(request, outcome, attempt, callMillis);
            }
            sleep(pause.get());
            waited = waited.plus(pause.get());
            counters.addWait(pause.get());
            counters.retries.incrementAndGet();
            LOG.get().debug("{} {}: retry {} in {} ms after {}", provider(), request.describe(), attempt,
                    pause.get().toMillis(), outcome.result().findFailure().map(Failure::message).orElse(""));
        }
    }

    private <T> Attempt<T> callInBulkheads(MarketDataRequest<T> request) {
        // a full bulkhead is a local limit (rate limited), not a provider failure for the breaker
        if (!bulkhead.tryAcquirePermission()) {
            return Attempt.failed(failure(request, FailureKind.RATE_LIMITED, LOCAL_LIMIT
                    + policy.limits().maxInFlight() + " calls to " + provider() + " in flight for " + policy.maxWait()));
        }
        try {
            if (!shared.globalBulkhead().tryAcquirePermission()) {
                return Attempt.failed(failure(request, FailureKind.RATE_LIMITED, LOCAL_LIMIT
                        + shared.limits().maxInFlight() + " calls in flight in total for " + policy.maxWait()));
            }
            try {
                counters.calls.incrementAndGet();
                return delegate.attempt(request);
            } finally {
                shared.globalBulkhead().onComplete();
            }
        } finally {
            bulkhead.onComplete();
        }
    }

    // Returns the pause before the next try, or empty when this outcome is final.
    private Optional<Duration> pauseBeforeRetry(Attempt<?> outcome, int attempt, Duration budgetLeft) {
        if (outcome.result().isOk() || attempt >= policy.retryAttempts()) {
            return Optional.empty();
        }
        Optional<Duration> pause = Optional.empty();
        if (outcome.retryable()) {
            pause = Optional.of(outcome.retryAfter().orElse(Duration.ofMillis(backoff.apply(attempt))));
        } else if (outcome.findFailureKind().orElse(null) == FailureKind.RATE_LIMITED) {
            pause = outcome.retryAfter();
        }
        return pause.filter(p -> p.compareTo(budgetLeft) <= 0);
    }

    private <T> Result<MarketData<T>> finish(MarketDataRequest<T> request, Attempt<T> outcome, int attempts,
                                            long callMillis) {
        Optional<FailureKind> kind = outcome.findFailureKind();
        if (kind.isPresent() && kind.get() == FailureKind.UNAVAILABLE) {
            breaker().onError(callMillis, TimeUnit.MILLISECONDS, new ProviderUnavailableException(provider()));
        } else if (kind.isPresent() && kind.get() == FailureKind.RATE_LIMITED && !isLocal(outcome)) {
            coolDown(outcome.retryAfter().orElse(ResiliencePolicy.DEFAULT_COOL_DOWN));
            breaker().onSuccess(callMillis, TimeUnit.MILLISECONDS);
        } else {
            breaker().onSuccess(callMillis, TimeUnit.MILLISECONDS);
        }
        if (kind.isPresent() && outcome.result() instanceof Result.Failed<MarketData<T>> failed && attempts > 1) {
            Failure f = failed.failure();
            return Result.failed(new Failure(f.kind(), f.source(), f.subject(), f.message() + " (after " + attempts
                    + " tries)"));
        }
        return outcome.result();
    }

    // After a provider says "too many", no request goes to it until the wait it asked for (or a minute) is over.
    private void coolDown(Duration wait) {
        Instant until = shared.clock().instant().plus(wait);
        coolingUntil.accumulateAndGet(until, (a, b) -> a.isAfter(b) ? a : b);
        LOG.get().info("{}: rate limited by the provider; no requests until {}", provider(), until);
    }

    private static boolean isLocal(Attempt<?> outcome) {
        return outcome.result().findFailure().map(f -> f.message().startsWith(LOCAL_LIMIT)).orElse(false);
    }

    private <T> Result<MarketData<T>> refused(MarketDataRequest<T> request, String why, boolean called,
                                             long callMillis) {
        if (!called) {
            breaker().releasePermission();
        } else {
            breaker().onSuccess(callMillis, TimeUnit.MILLISECONDS);
        }
        return Result.failed(failure(request, FailureKind.RATE_LIMITED, LOCAL_LIMIT + why));
    }

    private <T> Result<MarketData<T>> counted(Result<MarketData<T>> result) {
        counters.count(result);
        return result;
    }

    private Failure failure(MarketDataRequest<?> request, FailureKind kind, String message) {
        return new Failure(kind, provider().id(), request.describe(), message);
    }

    private void sleep(Duration pause) {
        try {
            shared.sleeper().sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry " + provider(), e);
        }
    }

    private static CircuitBreakerConfig breakerConfig(ResiliencePolicy policy, SharedResilience shared) {
        return CircuitBreakerConfig.custom()
                .failureRateThreshold(ResiliencePolicy.BREAKER_FAILURE_RATE_PERCENT)
                .slowCallRateThreshold(ResiliencePolicy.BREAKER_FAILURE_RATE_PERCENT)
                .slowCallDurationThreshold(policy.slowCall())
                .slidingWindow(ResiliencePolicy.BREAKER_WINDOW_CALLS, ResiliencePolicy.BREAKER_MINIMUM_CALLS,
                        CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .waitDurationInOpenState(ResiliencePolicy.BREAKER_OPEN_DURATION)
                .permittedNumberOfCallsInHalfOpenState(2)
                .clock(shared.clock())
                .build();
    }

    /** Counts what this provider did; read as a {@link ProviderStats} snapshot. */
    private static final class Counters {
        final AtomicLong attempted = new AtomicLong();
        final AtomicLong calls = new AtomicLong();
        final AtomicLong succeeded = new AtomicLong();
        final AtomicLong rateLimited = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        final AtomicLong retries = new AtomicLong();
        final AtomicLong waitedNanos = new AtomicLong();

        void addWait(Duration d) {
            waitedNanos.addAndGet(d.toNanos());
        }

        void count(Result<?> result) {
            FailureKind kind = result.findFailure().map(Failure::kind).orElse(null);
            (kind == null ? succeeded : kind == FailureKind.RATE_LIMITED ? rateLimited : failed).incrementAndGet();
        }

        ProviderStats snapshot(ProviderId provider, java.util.OptionalLong quotaLeft, String state) {
            return new ProviderStats(provider, attempted.get(), calls.get(), succeeded.get(), rateLimited.get(),
                    failed.get(), retries.get(), Duration.ofNanos(waitedNanos.get()), quotaLeft, state);
        }
    }
}
