package dev.tradescope.cache;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tradescope.marketdata.CompanyProfile;
import dev.tradescope.marketdata.CompanyProfileRequest;
import dev.tradescope.marketdata.CryptoPrice;
import dev.tradescope.marketdata.CryptoPriceRequest;
import dev.tradescope.marketdata.DailyBar;
import dev.tradescope.marketdata.EconomicSeries;
import dev.tradescope.marketdata.EconomicSeriesRequest;
import dev.tradescope.marketdata.MarketData;
import dev.tradescope.marketdata.MarketDataRequest;
import dev.tradescope.marketdata.Observation;
import dev.tradescope.marketdata.PriceHistoryRequest;
import dev.tradescope.marketdata.PriceSeries;
import dev.tradescope.marketdata.Provenance;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.marketdata.Quote;
import dev.tradescope.marketdata.QuoteRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Recovers typed requests and answers from the payloads of older tools' caches: Yahoo chart,
 * Alpha Vantage daily series and global quote, FRED observations (with a series id), FMP profile,
 * CoinGecko simple price. Anything else is not recognised.
 */
final class LegacyPayloads {
    /** The payload shapes this class recognises, for the "not recognised" message. */
    static final String KNOWN_SHAPES = "Yahoo chart, Alpha Vantage daily or global quote, FRED observations with "
            + "a series id, FMP profile, CoinGecko simple price";

    private LegacyPayloads() {
    }

    /** Holds a recovered request, its provider and the answer it had. */
    record Recovered(ProviderId provider, MarketDataRequest<?> request, MarketData<?> answer) {
    }

    /** Recovers the answers a payload holds; empty when its shape is not recognised. */
    static List<Recovered> recover(JsonNode data, Instant fetchedAt) {
        if (data.path("chart").path("result").isArray()) {
            return yahooChart(data.path("chart").path("result").path(0), fetchedAt);
        }
        if (data.has("Meta Data") && data.has("Time Series (Daily)")) {
            return alphaVantageDaily(data, fetchedAt);
        }
        if (data.has("Global Quote")) {
            return alphaVantageQuote(data.path("Global Quote"), fetchedAt);
        }
        if (data.path("observations").isArray()) {
            return fred(data, fetchedAt);
        }
        if (data.isArray() && data.path(0).has("companyName")) {
            return fmpProfile(data.path(0), fetchedAt);
        }
        return coinGecko(data, fetchedAt);
    }

    private static List<Recovered> yahooChart(JsonNode result, Instant fetchedAt) {
        String symbol = result.path("meta").path("symbol").asText("");
        ZoneId zone = zoneOf(result.path("meta").path("exchangeTimezoneName").asText("America/New_York"));
        JsonNode quote = result.path("indicators").path("quote").path(0);
        JsonNode adjusted = result.path("indicators").path("adjclose").path(0).path("adjclose");
        List<DailyBar> bars = new ArrayList<>();
        JsonNode times = result.path("timestamp");
        for (int i = 0; i < times.size(); i++) {
            LocalDate date = Instant.ofEpochSecond(times.path(i).asLong()).atZone(zone).toLocalDate();
            double close = quote.path("close").path(i).asDouble(Double.NaN);
            if (quote.path("close").path(i).isNumber() && (bars.isEmpty() || date.isAfter(bars.get(bars.size() - 1).date()))) {
                bars.add(new DailyBar(date, quote.path("open").path(i).asDouble(close),
                        quote.path("high").path(i).asDouble(close), quote.path("low").path(i).asDouble(close), close,
                        adjusted.path(i).isNumber() ? adjusted.path(i).asDouble() : close,
                        quote.path("volume").path(i).asLong(0)));
            }
        }
        PriceSeries series = new PriceSeries(symbol, result.path("meta").path("currency").asText(""),
                adjusted.isArray(), bars);
        return history(ProviderId.YAHOO, series, fetchedAt);
    }

    private static ZoneId zoneOf(String id) {
        try {
            return ZoneId.of(id);
        } catch (RuntimeException e) {
            return TtlPolicy.MARKET_ZONE;
        }
    }

    private static List<Recovered> history(ProviderId provider, PriceSeries series, Instant fetchedAt) {
        if (series.bars().isEmpty()) {
            return List.of();
        }
        LocalDate first = series.findFirstDate().orElseThrow();
        LocalDate last = series.findLastDate().orElseThrow();
        return List.of(new Recovered(provider, new PriceHistoryRequest(series.symbol(), first, last),
                new MarketData<>(series, Provenance.fetched(provider, fetchedAt, Optional.of(last)))));
    }

    private static List<Recovered> alphaVantageDaily(JsonNode data, Instant fetchedAt) {
        String symbol = data.path("Meta Data").path("2. Symbol").asText("");
        TreeMap<LocalDate, JsonNode> days = new TreeMap<>();
        data.path("Time Series (Daily)").properties().forEach(e -> days.put(LocalDate.parse(e.getKey()),
                e.getValue()));
        boolean adjusted = days.values().stream().anyMatch(day -> day.has("5. adjusted close"));
        List<DailyBar> bars = new ArrayList<>();
        days.forEach((date, day) -> bars.add(alphaVantageBar(date, day)));
        return history(ProviderId.ALPHAVANTAGE, new PriceSeries(symbol, "USD", adjusted, bars), fetchedAt);
    }

    private static DailyBar alphaVantageBar(LocalDate date, JsonNode day) {
        double close = number(day, "4. close");
        double adjustedClose = day.has("5. adjusted close") ? number(day, "5. adjusted close") : close;
        long volume = (long) (day.has("6. volume") ? number(day, "6. volume") : number(day, "5. volume"));
        return new DailyBar(date, number(day, "1. open"), number(day, "2. high"), number(day, "3. low"), close,
                adjustedClose, volume);
    }

    private static double number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? value.asDouble() : Double.parseDouble(value.asText("NaN"));
    }

    private static List<Recovered> alphaVantageQuote(JsonNode quote, Instant fetchedAt) {
        String symbol = quote.path("01. symbol").asText("");
        LocalDate day = LocalDate.parse(quote.path("07. latest trading day").asText());
        Instant marketTime = day.atTime(TtlPolicy.MARKET_CLOSE).atZone(TtlPolicy.MARKET_ZONE).toInstant();
        OptionalDouble previous = quote.has("08. previous close")
                ? OptionalDouble.of(number(quote, "08. previous close")) : OptionalDouble.empty();
        Quote value = new Quote(symbol, number(quote, "05. price"), previous, "USD", marketTime);
        return List.of(new Recovered(ProviderId.ALPHAVANTAGE, new QuoteRequest(symbol),
                new MarketData<>(value, Provenance.fetched(ProviderId.ALPHAVANTAGE, fetchedAt, Optional.of(day)))));
    }

    private static List<Recovered> fred(JsonNode data, Instant fetchedAt) {
        String seriesId = firstText(data, "series_id", "seriesId", "id");
        if (seriesId.isEmpty()) {
            return List.of();
        }
        List<Observation> observations = new ArrayList<>();
        int missing = 0;
        for (JsonNode node : data.path("observations")) {
            String value = node.path("value").asText(".");
            if (".".equals(value)) {
                missing++;
            } else {
                observations.add(new Observation(LocalDate.parse(node.path("date").asText()), Double.parseDouble(value)));
            }
        }
        if (observations.isEmpty()) {
            return List.of();
        }
        EconomicSeries series = new EconomicSeries(seriesId, observations, missing);
        LocalDate last = observations.get(observations.size() - 1).date();
        return List.of(new Recovered(ProviderId.FRED, new EconomicSeriesRequest(seriesId, observations.get(0).date(),
                last), new MarketData<>(series, Provenance.fetched(ProviderId.FRED, fetchedAt, Optional.of(last)))));
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            if (node.path(field).isTextual()) {
                return node.path(field).asText();
            }
        }
        return "";
    }

    private static List<Recovered> fmpProfile(JsonNode profile, Instant fetchedAt) {
        String symbol = profile.path("symbol").asText("");
        CompanyProfile value = new CompanyProfile(symbol, profile.path("companyName").asText(),
                optionalText(profile, "sector"), optionalText(profile, "industry"),
                profile.path("mktCap").isNumber() ? OptionalDouble.of(profile.path("mktCap").asDouble())
                        : OptionalDouble.empty(), optionalText(profile, "exchangeShortName"));
        return List.of(new Recovered(ProviderId.FMP, new CompanyProfileRequest(symbol),
                new MarketData<>(value, Provenance.fetched(ProviderId.FMP, fetchedAt, Optional.empty()))));
    }

    private static Optional<String> optionalText(JsonNode node, String field) {
        String text = node.path(field).asText("");
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    // CoinGecko simple price: {"bitcoin": {"usd": 1.0, "usd_24h_change": 0.5, "last_updated_at": 1700000000}}
    private static List<Recovered> coinGecko(JsonNode data, Instant fetchedAt) {
        List<Recovered> recovered = new ArrayList<>();
        if (!data.isObject()) {
            return recovered;
        }
        for (Map.Entry<String, JsonNode> coin : data.properties()) {
            if (!coin.getValue().isObject()) {
                return List.of();
            }
            coin.getValue().properties().forEach(field -> {
                if (!field.getKey().contains("_") && field.getValue().isNumber()) {
                    recovered.add(cryptoPrice(coin.getKey(), field.getKey(), coin.getValue(), fetchedAt));
                }
            });
        }
        return recovered;
    }

    private static Recovered cryptoPrice(String coinId, String vs, JsonNode prices, Instant fetchedAt) {
        JsonNode change = prices.path(vs + "_24h_change");
        Instant updated = prices.has("last_updated_at") ? Instant.ofEpochSecond(prices.path("last_updated_at").asLong())
                : fetchedAt;
        CryptoPrice value = new CryptoPrice(coinId, vs, prices.path(vs).asDouble(),
                change.isNumber() ? OptionalDouble.of(change.asDouble()) : OptionalDouble.empty(), updated);
        return new Recovered(ProviderId.COINGECKO, new CryptoPriceRequest(coinId, vs),
                new MarketData<>(value, Provenance.fetched(ProviderId.COINGECKO, fetchedAt, Optional.empty())));
    }
}
