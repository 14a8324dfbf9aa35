package dev.tradescope.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Makes and writes the documents' JSON trees, with the rounding rules: ratios to 6 places, no NaN or
 * Infinity. Trees are written by {@link TreeJson} through the streaming API, pretty-printed, big decimals
 * in plain notation and kept as they are (trailing zeros too); record values reach a document through
 * {@link RecordJson}. No {@code ObjectMapper} is involved (see {@link TreeJson} for why).
 */
final class JsonSupport {
    static final int SCALE = 6;
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    // The caller's stream stays open: the document may go to standard output.
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private JsonSupport() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    static JsonNode nullNode() {
        return NODES.nullNode();
    }

    /** Writes the tree to {@code out} as UTF-8, indented; leaves the stream open. */
    static void write(JsonNode tree, OutputStream out) throws IOException {
        try (JsonGenerator gen = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            write(tree, gen);
        }
    }

    /** Writes the tree to {@code out}, indented; leaves the writer open. */
    static void write(JsonNode tree, Writer out) throws IOException {
        try (JsonGenerator gen = JSON.createGenerator(out)) {
            write(tree, gen);
        }
    }

    private static void write(JsonNode tree, JsonGenerator gen) throws IOException {
        gen.setPrettyPrinter(new DefaultPrettyPrinter());
        TreeJson.write(gen, tree);
    }

    // Rounds a finite double to 6 places, half to even, as its shortest decimal (BigDecimal.valueOf) would be;
    // a non-finite one must never reach here.
    static BigDecimal round(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("non-finite value " + value + " must be written as null");
        }
        // Nearly always without the shortest decimal's digits (Double.toString, then parsing them again: a
        // document of ten million rows' open positions rounds tens of thousands of numbers, and the optimising
        // compiler took those two methods, its largest compilation of the run, at the run's end). The scaled value
        // is within |scaled| * 2^-52 of the shortest decimal's (one rounding of the product, half an ulp between
        // the double and its shortest decimal); unless a half lies that close (checked with four times that
        // margin), both round to the same integer.
        double scaled = value * 1e6;
        if (Math.abs(scaled) < 1e15) {
            double floor = Math.floor(scaled);
            double fraction = scaled - floor;
            if (Math.abs(fraction - 0.5) > Math.abs(scaled) * 0x1p-50 + 0x1p-60) {
                long unscaled = (long) floor + (fraction > 0.5 ? 1 : 0);
                return BigDecimal.valueOf(unscaled, SCALE).stripTrailingZeros();
            }
        }
        return BigDecimal.valueOf(value).setScale(SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    // Converts a record to a JSON tree with the document's naming, every floating-point number rounded.
    static ObjectNode tree(Record value) {
        try (TokenBuffer buffer = new TokenBuffer((ObjectCodec) null, false)) {
            RecordJson.write(buffer, value);
            try (JsonParser parser = buffer.asParser()) {
                parser.nextToken();
                return (ObjectNode) TreeJson.read(parser, NODES);
            }
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
        return NODES.pojoNode(new Section(value));
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
