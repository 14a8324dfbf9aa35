package dev.tradescope.marketdata.alphavantage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tradescope.http.Json;
import dev.tradescope.http.MalformedAnswerException;
import dev.tradescope.http.Parsed;
import dev.tradescope.marketdata.CompanyProfile;
import dev.tradescope.marketdata.CompanyProfileRequest;
import dev.tradescope.marketdata.DailyBar;
import dev.tradescope.marketdata.PriceHistoryRequest;
import dev.tradescope.marketdata.PriceSeries;
import dev.tradescope.marketdata.Quote;
import dev.tradescope.marketdata.QuoteRequest;
import dev.tradescope.support.FailureKind;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Parses Alpha Vantage answers: numbers as strings under numbered keys, errors and throttling as
 * HTTP 200 bodies with {@code Error Message}, {@code Note} or {@code Information}.
 */
final class AlphaVantageParser {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalTime CLOSE = LocalTime.of(16, 0);

    private AlphaVantageParser() {
    }

    static Parsed<PriceSeries> parseDaily(String body, PriceHistoryRequest request) throws IOException {
        JsonNode root = Json.parse(body);
        Optional<Parsed<PriceSeries>> reported = reportedMiss(root);
        if (reported.isPresent()) {
            return reported.get();
        }
        JsonNode series = Json.require(root, "Time Series (Daily)");
        List<DailyBar> bars = new ArrayList<>();
        for (Map.Entry<String, JsonNode> day : series.properties()) {
            bars.add(bar(date(day.getKey()), day.getValue()));
        }
        bars.sort((a, b) -> a.date().compareTo(b.date()));
        PriceSeries all = new PriceSeries(request.symbol(), "", false, bars).slice(request.from(), request.to());
        if (all.bars().isEmpty()) {
            return Parsed.miss(FailureKind.NO_DATA, "no bars between " + request.from() + " and " + request.to());
        }
        return Parsed.value(all, all.findLastDate());
    }

    static Parsed<Quote> parseQuote(String body, QuoteRequest request) throws IOException {
        JsonNode root = Json.parse(body);
        Optional<Parsed<Quote>> reported = reportedMiss(root);
        if (reported.isPresent()) {
            return reported.get();
        }
        JsonNode quote = Json.require(root, "Global Quote");
        if (quote.isEmpty()) {
            return Parsed.miss(FailureKind.NO_DATA, "unknown symbol (empty Global Quote)");
        }
        LocalDate day = date(Json.requireText(quote, "07. latest trading day"));
        Quote value = new Quote(request.symbol(), Json.requireNumber(quote, "05. price"),
                Json.findNumber(quote, "08. previous close"), "", day.atTime(CLOSE).atZone(NEW_YORK).toInstant());
        return Parsed.value(value, Optional.of(day));
    }

    static Parsed<CompanyProfile> parseOverview(String body, CompanyProfileRequest request) throws IOException {
        JsonNode root = Json.parse(body);
        Optional<Parsed<CompanyProfile>> reported = reportedMiss(root);
        if (reported.isPresent()) {
            return reported.get();
        }
        if (root.isEmpty() || root.get("Symbol") == null) {
            return Parsed.miss(FailureKind.NO_DATA, "unknown symbol (empty overview)");
        }
        CompanyProfile profile = new CompanyProfile(request.symbol(), Json.requireText(root, "Name"),
                Json.findText(root, "Sector").map(AlphaVantageParser::titleCase),
                Json.findText(root, "Industry").map(AlphaVantageParser::titleCase),
                Json.findNumber(root, "MarketCapitalization"), Json.findText(root, "Exchange"));
        return Parsed.value(profile, Json.findText(root, "LatestQuarter").map(AlphaVantageParser::date));
    }

    // Alpha Vantage reports throttling and errors in the body of an HTTP 200 answer.
    static <T> Optional<Parsed<T>> reportedMiss(JsonNode root) {
        if (!root.isObject()) {
            throw new MalformedAnswerException("expected a JSON object");
        }
        Optional<String> error = Json.findText(root, "Error Message");
        if (error.isPresent()) {
            return Optional.of(Parsed.miss(FailureKind.INVALID_REQUEST, error.get()));
        }
        Optional<String> note = Json.findText(root, "Note").or(() -> Json.findText(root, "Information"));
        if (note.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Parsed.miss(classifyNote(note.get()), note.get()));
    }

    // "premium endpoint/feature" is not a throttle: asking again will not help; the demo key is a setup problem.
    static FailureKind classifyNote(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("premium endpoint") || lower.contains("premium feature")) {
            return FailureKind.INVALID_REQUEST;
        }
        if (lower.contains("demo") && lower.contains("api key")) {
            return FailureKind.NOT_CONFIGURED;
        }
        return FailureKind.RATE_LIMITED;
    }

    private static DailyBar bar(LocalDate date, JsonNode day) {
        double close = Json.requireNumber(day, "4. close");
        try {
            return new DailyBar(date, Json.requireNumber(day, "1. open"), Json.requireNumber(day, "2. high"),
                    Json.requireNumber(day, "3. low"), close, close, (long) Json.requireNumber(day, "5. volume"));
        } catch (IllegalArgumentException e) {
            throw new MalformedAnswerException(e.getMessage());
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new MalformedAnswerException("not a date: '" + text + "'");
        }
    }

    private static String titleCase(String upper) {
        StringBuilder out = new StringBuilder();
        for (String word : upper.toLowerCase(Locale.ROOT).split(" ")) {
            if (!word.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return out.toString();
    }
}
