package dev.tradescope.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalDouble;

/** Reads JSON bodies with one shared mapper and gives the vendor parsers small, strict accessors. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private Json() {
    }

    /** Parses a whole body; an empty, truncated or non-JSON body throws. */
    public static JsonNode parse(String body) throws IOException {
        if (body.isBlank()) {
            throw new MalformedAnswerException("empty body");
        }
        JsonNode node = MAPPER.readTree(body);
        if (node == null || node.isMissingNode()) {
            throw new MalformedAnswerException("empty body");
        }
        return node;
    }

    /** Returns a required field, or throws naming it. */
    public static JsonNode require(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new MalformedAnswerException("missing field '" + field + "'");
        }
        return value;
    }

    /** Returns a required text field. */
    public static String requireText(JsonNode node, String field) {
        return require(node, field).asText();
    }

    /** Finds a non-blank text field. */
    public static Optional<String> findText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() || "None".equals(value.asText())
                ? Optional.empty() : Optional.of(value.asText().strip());
    }

    /** Finds a number field, given as a JSON number or as numeric text; "None", "-" and blanks are absent. */
    public static OptionalDouble findNumber(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return OptionalDouble.empty();
        }
        if (value.isNumber()) {
            return OptionalDouble.of(value.asDouble());
        }
        return parseNumber(value.asText());
    }

    /** Returns a required number field. */
    public static double requireNumber(JsonNode node, String field) {
        OptionalDouble value = findNumber(node, field);
        if (value.isEmpty()) {
            throw new MalformedAnswerException("field '" + field + "' is not a number, was '"
                    + (node.get(field) == null ? "absent" : node.get(field).asText()) + "'");
        }
        return value.getAsDouble();
    }

    /** Parses numeric text, tolerating a trailing %; anything else non-numeric is absent. */
    public static OptionalDouble parseNumber(String text) {
        String t = text.strip();
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1);
        }
        try {
            double d = Double.parseDouble(t);
            return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
