package dev.tradescope.marketdata.imf;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tradescope.http.Attempt;
import dev.tradescope.http.AttemptingSource;
import dev.tradescope.http.Json;
import dev.tradescope.http.MalformedAnswerException;
import dev.tradescope.http.Parsed;
import dev.tradescope.http.ProviderClient;
import dev.tradescope.http.QueryUrl;
import dev.tradescope.marketdata.DataKind;
import dev.tradescope.marketdata.ImfIndicator;
import dev.tradescope.marketdata.ImfIndicatorRequest;
import dev.tradescope.marketdata.MarketDataRequest;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.support.FailureKind;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Answers IMF DataMapper indicators by country. An answer without {@code values} (unknown country
 * or indicator) is <em>no data</em>; Akamai's HTML 403 is <em>unavailable</em>.
 *
 * <p>This class is thread-safe.
 */
public final class ImfSource implements AttemptingSource {
    private final ProviderClient client;
    private final URI baseUrl;

    /** Builds the source over a client of provider {@code imf}. */
    public ImfSource(ProviderClient client, URI baseUrl) {
        this.client = Objects.requireNonNull(client, "client");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    }

    @Override
    public ProviderId provider() {
        return ProviderId.IMF;
    }

    @Override
    public boolean supports(DataKind kind) {
        return kind == DataKind.IMF_INDICATOR;
    }

    @Override
    public MarketDataRequest<?> probeRequest() {
        return new ImfIndicatorRequest("NGDP_RPCH", "USA");
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Attempt<T> attempt(MarketDataRequest<T> request) {
        if (!(request instanceof ImfIndicatorRequest imf)) {
            return client.failed(request, FailureKind.INVALID_REQUEST, "imf does not answer " + request.kind());
        }
        String path = "/external/datamapper/api/v1/" + QueryUrl.encode(imf.indicator()) + "/" + QueryUrl.encode(imf.country());
        return (Attempt<T>) client.get(imf, QueryUrl.of(baseUrl, path, Map.of()), Map.of(), body -> parse(body, imf),
                answer -> answer.status() == 403 ? Optional.of(FailureKind.UNAVAILABLE) : Optional.empty());
    }

    static Parsed<ImfIndicator> parse(String body, ImfIndicatorRequest request) throws IOException {
        JsonNode root = Json.parse(body);
        if (!root.isObject()) {
            throw new MalformedAnswerException("expected a JSON object");
        }
        JsonNode byYear = root.path("values").path(request.indicator()).path(request.country());
        SortedMap<Integer, Double> values = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : byYear.properties()) {
            if (entry.getValue().isNumber() && entry.getKey().matches("\\d{4}")) {
                values.put(Integer.parseInt(entry.getKey()), entry.getValue().asDouble());
            }
        }
        if (values.isEmpty()) {
            return Parsed.miss(FailureKind.NO_DATA, "no values for " + request.indicator() + " " + request.country());
        }
        LocalDate last = LocalDate.of(values.lastKey(), 12, 31);
        return Parsed.value(new ImfIndicator(request.indicator(), request.country(), values), Optional.of(last));
    }
}
