package dev.tradescope.marketdata;

import dev.tradescope.support.Result;

/**
 * Answers typed market data requests. Vendors, the local files, the resilience decorator and the
 * caching decorator all implement this role, so they stack: cache → resilience → vendor.
 *
 * <p>Expected misses (no data, rate limited, unavailable, invalid request, not configured) are
 * {@link Result} failures, never exceptions.
 */
public interface MarketDataSource {

    /** Returns the provider whose data this source answers with. */
    ProviderId provider();

    /** Tells whether this source can answer requests of the given kind. */
    boolean supports(DataKind kind);

    /**
     * Returns how many symbols one call can carry for this kind of data, as a
     * {@link CompanyProfilesRequest}; 1 (the default) when the provider takes one symbol per call.
     */
    default int maxBatch(DataKind kind) {
        return 1;
    }

    /**
     * Answers a request. Implementations that do not {@link #supports support} the kind answer
     * with an {@code INVALID_REQUEST} failure.
     */
    <T> Result<MarketData<T>> fetch(MarketDataRequest<T> request);
}
