package dev.tradescope.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Holds the one JSON mapper of documents, which writes their trees, and the rounding rules: ratios to 6
 * places, no NaN or Infinity. Record values reach a document through {@link RecordJson}, not through
 * the mapper's data binding.
 */
final class JsonSupport {
    static final int SCALE = 6;
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private JsonSupport() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    // Rounds a finite double to 6 places; a non-finite one must never reach here.
    static BigDecimal round(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("non-finite value " + value + " must be written as null");
        }
        return BigDecimal.valueOf(value).setScale(SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    // Converts a record to a JSON tree with the document's naming, every floating-point number rounded.
    static ObjectNode tree(Record value) {
        try (TokenBuffer buffer = new TokenBuffer(MAPPER, false)) {
            RecordJson.write(buffer, value);
            return MAPPER.readTree(buffer.asParser());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns a node that writes the record when the document is written, instead of holding it as a tree:
     * for the sections that grow with a portfolio's open positions and plan items, whose tree would take
     * several times the memory of the text. Two such nodes are equal when their values are.
     */
    static JsonNode section(Record value) {
        return MAPPER.getNodeFactory().pojoNode(new Section(value));
    }

    // Written into the document's own generator, so its pretty printer goes on into the section.
    private record Section(Record value) implements JsonSerializable {
        @Override
        public void serialize(JsonGenerator gen, SerializerProvider provider) throws IOException {
            RecordJson.write(gen, value);
        }

        @Override
        public void serializeWithType(JsonGenerator gen, SerializerProvider provider, TypeSerializer typeSer)
                throws IOException {
            serialize(gen, provider);
        }
    }

    // A finite double as round() gives it, else null.
    static void writeRounded(double value, JsonGenerator gen) throws IOException {
        if (Double.isFinite(value)) {
            gen.writeNumber(round(value));
        } else {
            gen.writeNull();
        }
    }

    static void put(ObjectNode node, String key, OptionalDouble value) {
        if (value.isPresent() && Double.isFinite(value.getAsDouble())) {
            node.put(key, round(value.getAsDouble()));
        } else {
            node.putNull(key);
        }
    }

    static void put(ObjectNode node, String key, double value) {
        node.put(key, round(value));
    }

    static void putText(ObjectNode node, String key, Optional<?> value) {
        if (value.isPresent()) {
            node.put(key, value.get().toString());
        } else {
            node.putNull(key);
        }
    }
}
