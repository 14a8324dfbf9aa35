package dev.tradescope.http;

import dev.tradescope.marketdata.MarketData;
import dev.tradescope.marketdata.MarketDataRequest;
import dev.tradescope.marketdata.MarketDataSource;
import dev.tradescope.support.Result;
import java.util.Optional;

/**
 * Answers market data requests over HTTP and says whether a failed call is worth retrying; every
 * vendor source is one. The resilience layer calls {@link #attempt}; other callers just {@link #fetch}.
 */
public interface AttemptingSource extends MarketDataSource {

    /** Makes one call (no retry) and returns its outcome with retry advice. */
    <T> Attempt<T> attempt(MarketDataRequest<T> request);

    /** Makes one call (no retry) and returns its outcome. */
    @Override
    default <T> Result<MarketData<T>> fetch(MarketDataRequest<T> request) {
        return attempt(request).result();
    }

    /**
     * Finds what this source lacks to run (an API key, a User-Agent), as a message saying how to
     * set it; empty when it is configured. Callers check it before spending quota on a call.
     */
    default Optional<String> findMissingSetting() {
        return Optional.empty();
    }

    /**
     * Returns a cheap request to probe this provider's health with ({@code providers health}), or
     * the request that the provider supports at all.
     */
    MarketDataRequest<?> probeRequest();
}
