package dev.tradescope.marketdata;

import java.util.SortedMap;

/**
 * Describes one typed request for market data; the answer type is fixed by the request type.
 *
 * <p>Implementations are immutable records whose compact constructors normalise their fields
 * (symbols upper-cased, dates ISO), so that two code paths asking for the same data build equal
 * requests and therefore equal cache keys.
 *
 * @param <T> the type of the answer
 */
public sealed interface MarketDataRequest<T>
        permits PriceHistoryRequest, QuoteRequest, EconomicSeriesRequest, CompanyProfileRequest,
        CompanyProfilesRequest, CryptoPriceRequest, ImfIndicatorRequest {

    /** Returns the kind of data asked for. */
    DataKind kind();

    /** Returns the class of the answer, used to decode cached payloads. */
    Class<T> answerType();

    /** Returns the normalised request parameters, sorted by name; never a secret. */
    SortedMap<String, String> parameters();

    /** Returns a short readable form such as {@code history SPY 2025-01-02..2025-07-19}. */
    String describe();
}
