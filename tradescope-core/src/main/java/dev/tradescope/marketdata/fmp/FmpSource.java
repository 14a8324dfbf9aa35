package dev.tradescope.marketdata.fmp;

import dev.tradescope.http.AnswerReader;
import dev.tradescope.http.Attempt;
import dev.tradescope.http.AttemptingSource;
import dev.tradescope.http.HttpAnswer;
import dev.tradescope.http.ProviderClient;
import dev.tradescope.http.QueryUrl;
import dev.tradescope.marketdata.CompanyProfileRequest;
import dev.tradescope.marketdata.CompanyProfilesRequest;
import dev.tradescope.marketdata.DataKind;
import dev.tradescope.marketdata.MarketDataRequest;
import dev.tradescope.marketdata.PriceHistoryRequest;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.marketdata.QuoteRequest;
import dev.tradescope.support.FailureKind;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Answers company profiles, quotes and price history from Financial Modeling Prep's {@code /stable}
 * API, and several profiles in one call ({@link CompanyProfilesRequest}) from the v3 endpoint
 * {@code /api/v3/profile/A,B,C}, which takes a comma-separated list. FMP keeps that endpoint for keys
 * created before 2025-08-31 only; newer keys get a 403 <em>Legacy Endpoint</em>, an <em>invalid
 * request</em> here, and the caller asks for the profiles one by one. Its error bodies
 * ({@code Error Message}) are mapped by content: an invalid key is <em>not configured</em>,
 * {@code Limit Reach} is <em>rate limited</em> (also when sent with HTTP 200), a legacy or premium
 * endpoint is an <em>invalid request</em>.
 *
 * <p>This class is thread-safe.
 */
public final class FmpSource implements AttemptingSource {
    private static final Set<DataKind> KINDS = Set.of(DataKind.PRICE_HISTORY, DataKind.QUOTE, DataKind.COMPANY_PROFILE);
    /** The most symbols one profiles call carries (its URL stays short). */
    public static final int MAX_PROFILES_PER_CALL = 50;

    private final ProviderClient client;
    private final URI baseUrl;
    private final Optional<String> apiKey;

    /** Builds the source; without a key every request answers <em>not configured</em>. */
    public FmpSource(ProviderClient client, URI baseUrl, Optional<String> apiKey) {
        this.client = Objects.requireNonNull(client, "client");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
    }

    @Override
    public ProviderId provider() {
        return ProviderId.FMP;
    }

    @Override
    public boolean supports(DataKind kind) {
        return KINDS.contains(kind);
    }

    @Override
    public int maxBatch(DataKind kind) {
        return kind == DataKind.COMPANY_PROFILE ? MAX_PROFILES_PER_CALL : 1;
    }

    @Override
    public Optional<String> findMissingSetting() {
        return apiKey.isEmpty() ? Optional.of("no API key: set FMP_API_KEY") : Optional.empty();
    }

    @Override
    public MarketDataRequest<?> probeRequest() {
        return new QuoteRequest("AAPL");
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Attempt<T> attempt(MarketDataRequest<T> request) {
        if (!supports(request.kind())) {
            return client.failed(request, FailureKind.INVALID_REQUEST, "fmp does not answer " + request.kind());
        }
        Optional<String> missing = findMissingSetting();
        if (missing.isPresent()) {
            return client.failed(request, FailureKind.NOT_CONFIGURED, missing.get());
        }
        if (request instanceof PriceHistoryRequest history) {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("from", history.from().toString());
            query.put("to", history.to().toString());
            return (Attempt<T>) call(history, "/stable/historical-price-eod/full", history.symbol(), query,
                    body -> FmpParser.parseHistory(body, history));
        }
        if (request instanceof QuoteRequest quote) {
            return (Attempt<T>) call(quote, "/stable/quote", quote.symbol(), Map.of(),
                    body -> FmpParser.parseQuote(body, quote));
        }
        if (request instanceof CompanyProfilesRequest profiles) {
            if (profiles.symbols().size() > MAX_PROFILES_PER_CALL) {
                return client.failed(request, FailureKind.INVALID_REQUEST, "fmp takes at most "
                        + MAX_PROFILES_PER_CALL + " symbols per profiles call, was " + profiles.symbols().size());
            }
            String list = profiles.symbols().stream().map(QueryUrl::encode).collect(Collectors.joining(","));
            return (Attempt<T>) client.get(profiles, QueryUrl.of(baseUrl, "/api/v3/profile/" + list,
                    Map.of("apikey", apiKey.orElseThrow())), Map.of(), body -> FmpParser.parseProfiles(body, profiles),
                    FmpSource::classify);
        }
        CompanyProfileRequest profile = (CompanyProfileRequest) request;
        return (Attempt<T>) call(profile, "/stable/profile", profile.symbol(), Map.of(),
                body -> FmpParser.parseProfile(body, profile));
    }

    private <T> Attempt<T> call(MarketDataRequest<T> request, String path, String symbol, Map<String, String> extra,
                                AnswerReader<T> reader) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("symbol", symbol);
        query.putAll(extra);
        query.put("apikey", apiKey.orElseThrow());
        return client.get(request, QueryUrl.of(baseUrl, path, query), Map.of(), reader, FmpSource::classify);
    }

    // FMP's 401/403/429 bodies say what happened.
    static Optional<FailureKind> classify(HttpAnswer answer) {
        String body = answer.body();
        if (body.contains("Limit Reach")) {
            return Optional.of(FailureKind.RATE_LIMITED);
        }
        if (answer.status() == 403 && body.contains("Legacy Endpoint") || answer.status() == 402) {
            return Optional.of(FailureKind.INVALID_REQUEST);
        }
        if (answer.status() == 401 || body.contains("Invalid API KEY")) {
            return Optional.of(FailureKind.NOT_CONFIGURED);
        }
        return Optional.empty();
    }
}
