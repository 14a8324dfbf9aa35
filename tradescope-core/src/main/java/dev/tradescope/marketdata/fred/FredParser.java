package dev.tradescope.marketdata.fred;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tradescope.http.Json;
import dev.tradescope.http.MalformedAnswerException;
import dev.tradescope.http.Parsed;
import dev.tradescope.marketdata.EconomicSeries;
import dev.tradescope.marketdata.EconomicSeriesRequest;
import dev.tradescope.marketdata.Observation;
import dev.tradescope.support.FailureKind;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** Parses FRED's observations answer: values as strings, {@code "."} for missing. */
final class FredParser {

    private FredParser() {
    }

    static Parsed<EconomicSeries> parse(String body, EconomicSeriesRequest request) throws IOException {
        JsonNode observations = Json.require(Json.parse(body), "observations");
        List<Observation> kept = new ArrayList<>();
        int missing = 0;
        for (JsonNode row : observations) {
            LocalDate date = date(Json.requireText(row, "date"));
            String value = Json.requireText(row, "value").strip();
            if (".".equals(value)) {
                missing++;
                continue;
            }
            OptionalDouble number = Json.parseNumber(value);
            if (number.isEmpty()) {
                throw new MalformedAnswerException("observation " + date + ": not a number, was '" + value + "'");
            }
            if (!date.isBefore(request.from()) && !date.isAfter(request.to())) {
                kept.add(new Observation(date, number.getAsDouble()));
            }
        }
        if (kept.isEmpty()) {
            return Parsed.miss(FailureKind.NO_DATA, "no observations between " + request.from() + " and " + request.to());
        }
        EconomicSeries series = new EconomicSeries(request.seriesId(), kept, missing);
        return Parsed.value(series, java.util.Optional.of(kept.get(kept.size() - 1).date()));
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new MalformedAnswerException("not a date: '" + text + "'");
        }
    }
}
