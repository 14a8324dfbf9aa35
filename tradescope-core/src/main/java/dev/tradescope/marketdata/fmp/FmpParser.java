package dev.tradescope.marketdata.fmp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tradescope.http.Json;
import dev.tradescope.http.MalformedAnswerException;
import dev.tradescope.http.Parsed;
import dev.tradescope.marketdata.CompanyProfile;
import dev.tradescope.marketdata.CompanyProfileRequest;
import dev.tradescope.marketdata.CompanyProfiles;
import dev.tradescope.marketdata.CompanyProfilesRequest;
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
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Parses FMP {@code /stable} (and v3 profile list) answers: arrays even for one symbol,
 * {@code Error Message} objects on errors.
 */
final class FmpParser {

    private FmpParser() {
    }

    static Parsed<CompanyProfile> parseProfile(String body, CompanyProfileRequest request) throws IOException {
        JsonNode root = Json.parse(body);
        Optional<Parsed<CompanyProfile>> miss = reportedMiss(root);
        if (miss.isPresent()) {
            return miss.get();
        }
        return Parsed.value(profile(request.symbol(), root.get(0)), Optional.empty());
    }

    // The v3 list answer: one element per symbol it knows, in any order; the others are left out.
    static Parsed<CompanyProfiles> parseProfiles(String body, CompanyProfilesRequest request) throws IOException {
        JsonNode root = Json.parse(body);
        Optional<Parsed<CompanyProfiles>> miss = reportedMiss(root);
        if (miss.isPresent()) {
            return miss.get();
        }
        Map<String, CompanyProfile> found = new HashMap<>();
        for (JsonNode element : root) {
            String symbol = Json.requireText(element, "symbol").toUpperCase(Locale.ROOT);
            if (request.symbols().contains(symbol)) {
                found.put(symbol, profile(symbol, element));
            }
        }
        return Parsed.value(new CompanyProfiles(found), Optional.empty());
    }

    private static CompanyProfile profile(String symbol, JsonNode p) {
        return new CompanyProfile(symbol, Json.requireText(p, "companyName"),
                Json.findText(p, "sector"), Json.findText(p, "industry"),
                Json.findNumber(p, "marketCap").isPresent() ? Json.findNumber(p, "marketCap") : Json.findNumber(p, "mktCap"),
                Json.findText(p, "exchange").or(() -> Json.findText(p, "exchangeShortName")));
    }

    static Parsed<Quote> parseQuote(String body, QuoteRequest request) throws IOException {
        JsonNode root = Json.parse(body);
        Optional<Parsed<Quote>> miss = reportedMiss(root);
        if (miss.isPresent()) {
            return miss.get();
        }
        JsonNode q = root.get(0);
        Instant time = Instant.ofEpochSecond(Json.require(q, "timestamp").asLong());
        Quote quote = new Quote(request.symbol(), Json.requireNumber(q, "price"), Json.findNumber(q, "previousClose"),
                Json.findText(q, "currency").orElse(""), time);
        return Parsed.value(quote, Optional.of(time.atOffset(ZoneOffset.UTC).toLocalDate()));
    }

    static Parsed<PriceSeries> parseHistory(String body, PriceHistoryRequest request) throws IOException {
        JsonNode root = Json.parse(body);
        JsonNode rows = root.isObject() && root.has("historical") ? root.get("historical") : root;
        Optional<Parsed<PriceSeries>> miss = reportedMiss(rows);
        if (miss.isPresent()) {
            return miss.get();
        }
        List<DailyBar> bars = new ArrayList<>();
        rows.forEach(row -> bars.add(bar(row)));
        bars.sort(Comparator.comparing(DailyBar::date));
        PriceSeries series = new PriceSeries(request.symbol(), "", false, bars).slice(request.from(), request.to());
        if (series.bars().isEmpty()) {
            return Parsed.miss(FailureKind.NO_DATA, "no bars between " + request.from() + " and " + request.to());
        }
        return Parsed.value(series, series.findLastDate());
    }

    private static <T> Optional<Parsed<T>> reportedMiss(JsonNode root) {
        if (root.isObject()) {
            String error = Json.findText(root, "Error Message").orElseThrow(
                    () -> new MalformedAnswerException("expected a JSON array"));
            FailureKind kind = error.contains("Limit Reach") ? FailureKind.RATE_LIMITED
                    : error.contains("Invalid API KEY") ? FailureKind.NOT_CONFIGURED : FailureKind.INVALID_REQUEST;
            return Optional.of(Parsed.miss(kind, error));
        }
        if (!root.isArray()) {
            throw new MalformedAnswerException("expected a JSON array");
        }
        return root.isEmpty() ? Optional.of(Parsed.miss(FailureKind.NO_DATA, "unknown symbol (empty answer)"))
                : Optional.empty();
    }

    private static DailyBar bar(JsonNode row) {
        try {
            double close = Json.requireNumber(row, "close");
            double adjusted = Json.findNumber(row, "adjClose").orElse(close);
            return new DailyBar(LocalDate.parse(Json.requireText(row, "date")), Json.requireNumber(row, "open"),
                    Json.requireNumber(row, "high"), Json.requireNumber(row, "low"), close, adjusted,
                    (long) Json.findNumber(row, "volume").orElse(0));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new MalformedAnswerException(e.getMessage());
        }
    }
}
