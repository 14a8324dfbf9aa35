package dev.tradescope.marketdata.fred;

import dev.tradescope.http.Attempt;
import dev.tradescope.http.AttemptingSource;
import dev.tradescope.http.HttpAnswer;
import dev.tradescope.http.ProviderClient;
import dev.tradescope.http.QueryUrl;
import dev.tradescope.marketdata.DataKind;
import dev.tradescope.marketdata.EconomicSeriesRequest;
import dev.tradescope.marketdata.MarketDataRequest;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.support.FailureKind;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers economic series from FRED's {@code series/observations}. FRED's {@code "."} marks a
 * missing observation: it is left out and counted, never read as zero.
 *
 * <p>This class is thread-safe.
 */
public final class FredSource implements AttemptingSource {
    private final ProviderClient client;
    private final URI baseUrl;
    private final Optional<String> apiKey;

    /** Builds the source; without a key every request answers <em>not configured</em>. */
    public FredSource(ProviderClient client, URI baseUrl, Optional<String> apiKey) {
        this.client = Objects.requireNonNull(client, "client");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
    }

    @Override
    public ProviderId provider() {
        return ProviderId.FRED;
    }

    @Override
    public boolean supports(DataKind kind) {
        return kind == DataKind.ECONOMIC_SERIES;
    }

    @Override
    public Optional<String> findMissingSetting() {
        return apiKey.isEmpty() ? Optional.of("no API key: set FRED_API_KEY") : Optional.empty();
    }

    @Override
    public MarketDataRequest<?> probeRequest() {
        LocalDate today = LocalDate.now(client.clock());
        return new EconomicSeriesRequest("FEDFUNDS", today.minusMonths(3), today);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Attempt<T> attempt(MarketDataRequest<T> request) {
        if (!(request instanceof EconomicSeriesRequest series)) {
            return client.failed(request, FailureKind.INVALID_REQUEST, "fred does not answer " + request.kind());
        }
        Optional<String> missing = findMissingSetting();
        if (missing.isPresent()) {
            return client.failed(request, FailureKind.NOT_CONFIGURED, missing.get());
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("series_id", series.seriesId());
        query.put("observation_start", series.from().toString());
        query.put("observation_end", series.to().toString());
        query.put("file_type", "json");
        query.put("api_key", apiKey.orElseThrow());
        URI uri = QueryUrl.of(baseUrl, "/fred/series/observations", query);
        return (Attempt<T>) client.get(series, uri, Map.of(), body -> FredParser.parse(body, series), FredSource::classify);
    }

    // FRED answers 400 both for an unknown series and for a bad key; the message tells them apart.
    static Optional<FailureKind> classify(HttpAnswer answer) {
        if (answer.status() != 400) {
            return Optional.empty();
        }
        if (answer.body().contains("does not exist")) {
            return Optional.of(FailureKind.NO_DATA);
        }
        return answer.body().contains("api_key") ? Optional.of(FailureKind.NOT_CONFIGURED) : Optional.empty();
    }
}
