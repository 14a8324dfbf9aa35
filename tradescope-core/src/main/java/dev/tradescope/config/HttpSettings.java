package dev.tradescope.config;

import java.time.Duration;
import java.util.Objects;

/**
 * Holds the settings of the shared HTTP client ({@code http.*} in {@code tradescope.yaml}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param connectTimeout the time a connection may take to open
 * @param userAgent      the User-Agent sent to providers that need no declared one
 */
public record HttpSettings(Duration connectTimeout, String userAgent) {

    /** The default connect timeout: 5 seconds. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** The default User-Agent. */
    public static final String DEFAULT_USER_AGENT = "Mozilla/5.0 (compatible; tradescope/0.1)";

    /** Validates the timeout and the agent. */
    public HttpSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(userAgent, "userAgent");
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("http.connect-timeout: must be positive, was " + connectTimeout);
        }
        if (userAgent.isBlank()) {
            throw new IllegalArgumentException("http.user-agent: must not be blank");
        }
    }

    /** Returns the defaults: 5 s connect timeout, the tradescope User-Agent. */
    public static HttpSettings defaults() {
        return new HttpSettings(DEFAULT_CONNECT_TIMEOUT, DEFAULT_USER_AGENT);
    }
}
