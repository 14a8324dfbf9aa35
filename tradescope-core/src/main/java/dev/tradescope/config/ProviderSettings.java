package dev.tradescope.config;

import dev.tradescope.marketdata.ProviderId;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Holds the settings of one provider ({@code providers.<id>.*} in {@code tradescope.yaml}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id        the provider
 * @param enabled   whether the provider may be used at all
 * @param baseUrl   the base URL of its API (tests point it at a local server)
 * @param apiKey    its API key, if it has one configured
 * @param userAgent the declared User-Agent it needs (SEC EDGAR), if configured
 * @param limits    its rate limits and concurrency bound
 * @param timeout   the time one HTTP request may take
 */
public record ProviderSettings(ProviderId id, boolean enabled, URI baseUrl, Optional<Secret> apiKey,
                               Optional<String> userAgent, RateLimits limits, Duration timeout) {

    /** The default time one request may take: 30 seconds. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /** Validates the components. */
    public ProviderSettings {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("providers." + id + ".timeout: must be positive, was " + timeout);
        }
    }

    /** Returns the defaults of a provider: its public endpoint and the limits its vendor publishes. */
    public static ProviderSettings defaults(ProviderId id) {
        return ProviderDefaults.of(id);
    }

    /** Returns a copy with another API key. */
    public ProviderSettings withApiKey(Optional<Secret> key) {
        return new ProviderSettings(id, enabled, baseUrl, key, userAgent, limits, timeout);
    }

    /** Returns a copy with another base URL. */
    public ProviderSettings withBaseUrl(URI url) {
        return new ProviderSettings(id, enabled, url, apiKey, userAgent, limits, timeout);
    }

    /** Returns a copy with other limits. */
    public ProviderSettings withLimits(RateLimits other) {
        return new ProviderSettings(id, enabled, baseUrl, apiKey, userAgent, other, timeout);
    }

    /** Returns a copy with another request timeout. */
    public ProviderSettings withTimeout(Duration other) {
        return new ProviderSettings(id, enabled, baseUrl, apiKey, userAgent, limits, other);
    }

    /** Returns a copy enabled or disabled. */
    public ProviderSettings withEnabled(boolean on) {
        return new ProviderSettings(id, on, baseUrl, apiKey, userAgent, limits, timeout);
    }

    /** Returns a copy with another declared User-Agent. */
    public ProviderSettings withUserAgent(Optional<String> agent) {
        return new ProviderSettings(id, enabled, baseUrl, apiKey, agent, limits, timeout);
    }
}
