package dev.tradescope.marketdata.coingecko;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tradescope.http.Attempt;
import dev.tradescope.http.AttemptingSource;
import dev.tradescope.http.Json;
import dev.tradescope.http.MalformedAnswerException;
import dev.tradescope.http.Parsed;
import dev.tradescope.http.ProviderClient;
import dev.tradescope.http.QueryUrl;
import dev.tradescope.http.StatusRule;
import dev.tradescope.marketdata.CryptoPrice;
import dev.tradescope.marketdata.CryptoPriceRequest;
import dev.tradescope.marketdata.DataKind;
import dev.tradescope.marketdata.MarketDataRequest;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.support.FailureKind;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers crypto spot prices and 24 h change from CoinGecko's {@code simple/price}; the optional
 * demo key goes in the {@code x-cg-demo-api-key} header, never in the URL.
 *
 * <p>This class is thread-safe.
 */
public final class CoinGeckoSource implements AttemptingSource {
    private final ProviderClient client;
    private final URI baseUrl;
    private final Optional<String> demoKey;

    /** Builds the source; the demo key is optional. */
    public CoinGeckoSource(ProviderClient client, URI baseUrl, Optional<String> demoKey) {
        this.client = Objects.requireNonNull(client, "client");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.demoKey = Objects.requireNonNull(demoKey, "demoKey");
    }

    @Override
    public ProviderId provider() {
        return ProviderId.COINGECKO;
    }

    @Override
    public boolean supports(DataKind kind) {
        return kind == DataKind.CRYPTO_PRICE;
    }

    @Override
    public MarketDataRequest<?> probeRequest() {
        return new CryptoPriceRequest("bitcoin", "usd");
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Attempt<T> attempt(MarketDataRequest<T> request) {
        if (!(request instanceof CryptoPriceRequest crypto)) {
            return client.failed(request, FailureKind.INVALID_REQUEST, "coingecko does not answer " + request.kind());
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("ids", crypto.coinId());
        query.put("vs_currencies", crypto.vsCurrency());
        query.put("include_24hr_change", "true");
        query.put("include_last_updated_at", "true");
        Map<String, String> headers = demoKey.map(key -> Map.of("x-cg-demo-api-key", key)).orElse(Map.of());
        return (Attempt<T>) client.get(crypto, QueryUrl.of(baseUrl, "/api/v3/simple/price", query), headers,
                body -> parse(body, crypto), StatusRule.standard());
    }

    static Parsed<CryptoPrice> parse(String body, CryptoPriceRequest request) throws IOException {
        JsonNode root = Json.parse(body);
        if (!root.isObject()) {
            throw new MalformedAnswerException("expected a JSON object");
        }
        JsonNode coin = root.get(request.coinId());
        if (coin == null || coin.isEmpty()) {
            return Parsed.miss(FailureKind.NO_DATA, "unknown coin or currency");
        }
        String vs = request.vsCurrency();
        Instant updated = Instant.ofEpochSecond(Json.require(coin, "last_updated_at").asLong());
        CryptoPrice price = new CryptoPrice(request.coinId(), vs, Json.requireNumber(coin, vs),
                Json.findNumber(coin, vs + "_24h_change"), updated);
        return Parsed.value(price, Optional.of(updated.atOffset(ZoneOffset.UTC).toLocalDate()));
    }
}
