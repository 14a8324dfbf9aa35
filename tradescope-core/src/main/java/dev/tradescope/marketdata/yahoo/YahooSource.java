package dev.tradescope.marketdata.yahoo;

import dev.tradescope.http.Attempt;
import dev.tradescope.http.AttemptingSource;
import dev.tradescope.http.ProviderClient;
import dev.tradescope.http.QueryUrl;
import dev.tradescope.http.StatusRule;
import dev.tradescope.marketdata.DataKind;
import dev.tradescope.marketdata.MarketDataRequest;
import dev.tradescope.marketdata.PriceHistoryRequest;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.marketdata.QuoteRequest;
import dev.tradescope.support.FailureKind;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Answers price history and quotes from Yahoo Finance's v8 chart API (no key; indices such as
 * {@code ^VIX} included). The quote is the chart's {@code regularMarketPrice}: the v7 quote API
 * needs a cookie and crumb.
 *
 * <p>This class is thread-safe.
 */
public final class YahooSource implements AttemptingSource {
    private static final Set<DataKind> KINDS = Set.of(DataKind.PRICE_HISTORY, DataKind.QUOTE);

    private final ProviderClient client;
    private final URI baseUrl;

    /** Builds the source over a client of provider {@code yahoo} and the API's base URL. */
    public YahooSource(ProviderClient client, URI baseUrl) {
        this.client = Objects.requireNonNull(client, "client");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    }

    @Override
    public ProviderId provider() {
        return ProviderId.YAHOO;
    }

    @Override
    public boolean supports(DataKind kind) {
        return KINDS.contains(kind);
    }

    @Override
    public MarketDataRequest<?> probeRequest() {
        return new QuoteRequest("SPY");
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Attempt<T> attempt(MarketDataRequest<T> request) {
        if (request instanceof PriceHistoryRequest history) {
            return (Attempt<T>) client.get(history, historyUrl(history), Map.of(),
                    body -> YahooChartParser.parseHistory(body, history), StatusRule.standard());
        }
        if (request instanceof QuoteRequest quote) {
            return (Attempt<T>) client.get(quote, chartUrl(quote.symbol(), Map.of("range", "5d", "interval", "1d")),
                    Map.of(), body -> YahooChartParser.parseQuote(body, quote), StatusRule.standard());
        }
        return client.failed(request, FailureKind.INVALID_REQUEST, "yahoo does not answer " + request.kind() + " requests");
    }

    private URI historyUrl(PriceHistoryRequest request) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("period1", Long.toString(epochSecond(request.from())));
        query.put("period2", Long.toString(epochSecond(request.to().plusDays(1))));
        query.put("interval", "1d");
        query.put("events", "div,split");
        return chartUrl(request.symbol(), query);
    }

    private URI chartUrl(String symbol, Map<String, String> query) {
        return QueryUrl.of(baseUrl, "/v8/finance/chart/" + QueryUrl.encode(symbol), query);
    }

    private static long epochSecond(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }
}
