package dev.tradescope.marketdata.alphavantage;

import dev.tradescope.http.AnswerReader;
import dev.tradescope.http.Attempt;
import dev.tradescope.http.AttemptingSource;
import dev.tradescope.http.ProviderClient;
import dev.tradescope.http.QueryUrl;
import dev.tradescope.http.StatusRule;
import dev.tradescope.marketdata.CompanyProfileRequest;
import dev.tradescope.marketdata.DataKind;
import dev.tradescope.marketdata.MarketDataRequest;
import dev.tradescope.marketdata.PriceHistoryRequest;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.marketdata.QuoteRequest;
import dev.tradescope.support.FailureKind;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Answers price history ({@code TIME_SERIES_DAILY}), quotes ({@code GLOBAL_QUOTE}) and company
 * profiles ({@code OVERVIEW}) from Alpha Vantage. Its throttling answers are HTTP 200 with a
 * {@code Note} or {@code Information} body: they are <em>rate limited</em>, never data.
 *
 * <p>This class is thread-safe.
 */
public final class AlphaVantageSource implements AttemptingSource {
    /** The compact time series holds the last 100 trading days; older ranges need {@code full}. */
    static final int COMPACT_CALENDAR_DAYS = 140;
    private static final Set<DataKind> KINDS = Set.of(DataKind.PRICE_HISTORY, DataKind.QUOTE, DataKind.COMPANY_PROFILE);

    private final ProviderClient client;
    private final URI baseUrl;
    private final Optional<String> apiKey;

    /** Builds the source; without a key every request answers <em>not configured</em>. */
    public AlphaVantageSource(ProviderClient client, URI baseUrl, Optional<String> apiKey) {
        this.client = Objects.requireNonNull(client, "client");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
    }

    @Override
    public ProviderId provider() {
        return ProviderId.ALPHAVANTAGE;
    }

    @Override
    public boolean supports(DataKind kind) {
        return KINDS.contains(kind);
    }

    @Override
    public Optional<String> findMissingSetting() {
        return apiKey.isEmpty() ? Optional.of("no API key: set ALPHA_VANTAGE_API_KEY") : Optional.empty();
    }

    @Override
    public MarketDataRequest<?> probeRequest() {
        return new QuoteRequest("IBM");
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Attempt<T> attempt(MarketDataRequest<T> request) {
        if (!supports(request.kind())) {
            return client.failed(request, FailureKind.INVALID_REQUEST, "alphavantage does not answer " + request.kind());
        }
        Optional<String> missing = findMissingSetting();
        if (missing.isPresent()) {
            return client.failed(request, FailureKind.NOT_CONFIGURED, missing.get());
        }
        if (request instanceof PriceHistoryRequest history) {
            String size = history.from().isBefore(LocalDate.now(client.clock()).minusDays(COMPACT_CALENDAR_DAYS))
                    ? "full" : "compact";
            return (Attempt<T>) call(history, "TIME_SERIES_DAILY", history.symbol(), size,
                    body -> AlphaVantageParser.parseDaily(body, history));
        }
        if (request instanceof QuoteRequest quote) {
            return (Attempt<T>) call(quote, "GLOBAL_QUOTE", quote.symbol(), "",
                    body -> AlphaVantageParser.parseQuote(body, quote));
        }
        CompanyProfileRequest profile = (CompanyProfileRequest) request;
        return (Attempt<T>) call(profile, "OVERVIEW", profile.symbol(), "",
                body -> AlphaVantageParser.parseOverview(body, profile));
    }

    private <T> Attempt<T> call(MarketDataRequest<T> request, String function, String symbol, String outputSize,
                                AnswerReader<T> reader) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("function", function);
        query.put("symbol", symbol);
        if (!outputSize.isEmpty()) {
            query.put("outputsize", outputSize);
        }
        query.put("apikey", apiKey.orElseThrow());
        return client.get(request, QueryUrl.of(baseUrl, "/query", query), Map.of(), reader, StatusRule.standard());
    }
}
