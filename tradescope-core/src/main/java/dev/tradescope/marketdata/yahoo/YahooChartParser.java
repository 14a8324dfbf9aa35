package dev.tradescope.marketdata.yahoo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tradescope.http.Json;
import dev.tradescope.http.MalformedAnswerException;
import dev.tradescope.http.Parsed;
import dev.tradescope.marketdata.DailyBar;
import dev.tradescope.marketdata.PriceHistoryRequest;
import dev.tradescope.marketdata.PriceSeries;
import dev.tradescope.marketdata.Quote;
import dev.tradescope.marketdata.QuoteRequest;
import dev.tradescope.support.FailureKind;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Parses Yahoo's v8 chart answer: aligned arrays under {@code indicators}, epoch-second timestamps, nulls for gaps. */
final class YahooChartParser {

    private YahooChartParser() {
    }

    static Parsed<PriceSeries> parseHistory(String body, PriceHistoryRequest request) throws IOException {
        Optional<JsonNode> result = result(Json.parse(body));
        if (result.isEmpty()) {
            return Parsed.miss(FailureKind.NO_DATA, "chart has no result");
        }
        PriceSeries series = bars(result.get(), request.symbol()).slice(request.from(), request.to());
        if (series.bars().isEmpty()) {
            return Parsed.miss(FailureKind.NO_DATA, "no bars between " + request.from() + " and " + request.to());
        }
        return Parsed.value(series, series.findLastDate());
    }

    static Parsed<Quote> parseQuote(String body, QuoteRequest request) throws IOException {
        Optional<JsonNode> result = result(Json.parse(body));
        if (result.isEmpty()) {
            return Parsed.miss(FailureKind.NO_DATA, "chart has no result");
        }
        JsonNode meta = Json.require(result.get(), "meta");
        double price = Json.requireNumber(meta, "regularMarketPrice");
        Instant time = Instant.ofEpochSecond(Json.require(meta, "regularMarketTime").asLong());
        List<DailyBar> bars = bars(result.get(), request.symbol()).bars();
        OptionalDouble previous = bars.size() >= 2 ? OptionalDouble.of(bars.get(bars.size() - 2).close())
                : OptionalDouble.empty();
        Quote quote = new Quote(request.symbol(), price, previous, Json.findText(meta, "currency").orElse(""), time);
        return Parsed.value(quote, Optional.of(localDate(time, meta)));
    }

    private static Optional<JsonNode> result(JsonNode root) {
        JsonNode chart = Json.require(root, "chart");
        JsonNode results = chart.get("result");
        if (results == null || results.isNull() || !results.isArray() || results.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(results.get(0));
    }

    private static PriceSeries bars(JsonNode result, String symbol) {
        JsonNode meta = Json.require(result, "meta");
        JsonNode timestamps = result.path("timestamp");
        JsonNode quote = result.path("indicators").path("quote").path(0);
        JsonNode adj = result.path("indicators").path("adjclose").path(0).path("adjclose");
        List<DailyBar> bars = new ArrayList<>();
        for (int i = 0; i < timestamps.size(); i++) {
            bar(meta, timestamps.get(i).asLong(), quote, adj, i).ifPresent(bar -> addInOrder(bars, bar));
        }
        return new PriceSeries(symbol, Json.findText(meta, "currency").orElse(""), adj.isArray(), bars);
    }

    // A bar with any null price is a gap in Yahoo's arrays and is left out.
    private static Optional<DailyBar> bar(JsonNode meta, long epochSecond, JsonNode quote, JsonNode adj, int i) {
        double[] ohlc = new double[4];
        String[] fields = {"open", "high", "low", "close"};
        for (int f = 0; f < 4; f++) {
            JsonNode value = quote.path(fields[f]).path(i);
            if (!value.isNumber()) {
                return Optional.empty();
            }
            ohlc[f] = value.asDouble();
        }
        JsonNode adjusted = adj.path(i);
        double adjClose = adjusted.isNumber() ? adjusted.asDouble() : ohlc[3];
        long volume = quote.path("volume").path(i).asLong(0);
        LocalDate date = localDate(Instant.ofEpochSecond(epochSecond), meta);
        try {
            return Optional.of(new DailyBar(date, ohlc[0], ohlc[1], ohlc[2], ohlc[3], adjClose, volume));
        } catch (IllegalArgumentException e) {
            throw new MalformedAnswerException(e.getMessage());
        }
    }

    // Yahoo may repeat the last day (a live bar); the later entry wins.
    private static void addInOrder(List<DailyBar> bars, DailyBar bar) {
        if (!bars.isEmpty() && !bar.date().isAfter(bars.get(bars.size() - 1).date())) {
            if (bar.date().equals(bars.get(bars.size() - 1).date())) {
                bars.set(bars.size() - 1, bar);
                return;
            }
            throw new MalformedAnswerException("timestamps not ascending at " + bar.date());
        }
        bars.add(bar);
    }

    private static LocalDate localDate(Instant time, JsonNode meta) {
        int offset = meta.path("gmtoffset").asInt(0);
        return time.atOffset(ZoneOffset.ofTotalSeconds(offset)).toLocalDate();
    }
}
