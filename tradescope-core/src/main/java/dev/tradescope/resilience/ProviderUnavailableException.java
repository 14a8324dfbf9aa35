package dev.tradescope.resilience;

import dev.tradescope.marketdata.ProviderId;

/** Signals to the circuit breaker that a provider call ended unavailable; never thrown to callers. */
final class ProviderUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ProviderUnavailableException(ProviderId provider) {
        super(provider + " unavailable", null, false, false);
    }
}
