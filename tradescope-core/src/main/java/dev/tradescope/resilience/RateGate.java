package dev.tradescope.resilience;

import dev.tradescope.config.RateLimits;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.support.Formats;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConfigurationBuilder;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Lets one call through a provider's rate limits: its per-second and per-minute bucket, the
 * global bucket (waiting for tokens within a budget), then its per-day quota (never waited for).
 */
final class RateGate {
    private final ProviderId provider;
    private final RateLimits limits;
    private final SharedResilience shared;
    private final Optional<Bucket> bucket;

    RateGate(ProviderId provider, RateLimits limits, SharedResilience shared) {
        this.provider = provider;
        this.limits = limits;
        this.shared = shared;
        this.bucket = configuration(limits).map(c -> shared.buckets().bucket(provider.id(), c));
    }

    /** Outcome of passing the gate: how long it waited, or why it refused. */
    record Passage(Duration waited, Optional<String> refusal) {
    }

    Passage pass(Duration budget) {
        Duration waited = Duration.ZERO;
        if (bucket.isPresent()) {
            Passage own = take(bucket.get(), budget, "the " + provider + " limit " + describe());
            if (own.refusal().isPresent()) {
                return own;
            }
            waited = own.waited();
        }
        Passage global = take(shared.globalBucket(), budget.minus(waited),
                "the global limit of " + shared.limits().callsPerMinute() + " calls/minute");
        waited = waited.plus(global.waited());
        if (global.refusal().isPresent()) {
            return new Passage(waited, global.refusal());
        }
        if (limits.perDay().isPresent() && !shared.quota().tryUse(provider, today(), limits.perDay().getAsLong())) {
            return new Passage(waited, Optional.of("daily quota of " + limits.perDay().getAsLong() + " calls used up for "
                    + today() + " (UTC)"));
        }
        return new Passage(waited, Optional.empty());
    }

    OptionalLong quotaLeft() {
        if (limits.perDay().isEmpty()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(0, limits.perDay().getAsLong() - shared.quota().used(provider, today())));
    }

    private Passage take(Bucket from, Duration budget, String what) {
        Duration waited = Duration.ZERO;
        while (true) {
            ConsumptionProbe probe = from.tryConsumeAndReturnRemaining(1);
            if (probe.isConsumed()) {
                return new Passage(waited, Optional.empty());
            }
            Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
            if (waited.plus(wait).compareTo(budget) > 0) {
                return new Passage(waited, Optional.of(what + " needs a wait of " + seconds(wait)
                        + " s, more than the " + seconds(budget.minus(waited)) + " s left to wait"));
            }
            sleep(wait);
            waited = waited.plus(wait);
        }
    }

    private void sleep(Duration wait) {
        try {
            shared.sleeper().sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a rate-limit token", e);
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(shared.clock().instant(), ZoneOffset.UTC);
    }

    private String describe() {
        StringBuilder text = new StringBuilder();
        limits.perSecond().ifPresent(n -> text.append(n).append("/s "));
        limits.perMinute().ifPresent(n -> text.append(n).append("/min "));
        return text.toString().strip();
    }

    private static String seconds(Duration d) {
        return Formats.format("%.1f", d.toMillis() / 1000.0);
    }

    static Optional<BucketConfiguration> configuration(RateLimits limits) {
        if (limits.perSecond().isEmpty() && limits.perMinute().isEmpty()) {
            return Optional.empty();
        }
        ConfigurationBuilder builder = BucketConfiguration.builder();
        limits.perSecond().ifPresent(n -> builder.addLimit(
                Bandwidth.builder().capacity(n).refillGreedy(n, Duration.ofSeconds(1)).build()));
        limits.perMinute().ifPresent(n -> builder.addLimit(SharedResilience.minuteLimit(n)));
        return Optional.of(builder.build());
    }
}
