package dev.tradescope.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** Holds the one JSON mapper of documents and the rounding rules: ratios to 6 places, no NaN or Infinity. */
final class JsonSupport {
    static final int SCALE = 6;
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .addModule(roundingModule())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
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

    /**
     * Builds and caches the serializers of the given record types and of every project type their
     * components hold (through lists, maps and optionals), so that the first {@link #tree} of them
     * does no introspection.
     */
    static void prepareSerializers(List<Class<?>> roots) throws JsonMappingException {
        SerializerProvider provider = MAPPER.getSerializerProviderInstance();
        Set<Class<?>> seen = new HashSet<>();
        Deque<Type> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            Type type = todo.pop();
            if (type instanceof ParameterizedType parameterized) {
                todo.addAll(List.of(parameterized.getActualTypeArguments()));
                type = parameterized.getRawType();
            }
            if (type instanceof Class<?> c && c.getName().startsWith("dev.tradescope.") && seen.add(c)) {
                provider.findTypedValueSerializer(c, true, null);
                if (c.isRecord()) {
                    for (RecordComponent component : c.getRecordComponents()) {
                        todo.push(component.getGenericType());
                    }
                }
            }
        }
    }

    // Converts a value to JSON with the document's naming, every floating-point number rounded.
    static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /**
     * Returns a node that writes the value when the document is written, instead of holding it as a tree:
     * for the sections that grow with a portfolio's open positions and plan items, whose tree would take
     * several times the memory of the text. It writes the value with this mapper, whatever mapper writes
     * the document it is in; two such nodes are equal when their values are.
     */
    static JsonNode section(Object value) {
        return MAPPER.getNodeFactory().pojoNode(new Section(value));
    }

    // The generator's own pretty printer, if it has one, goes on into the section.
    private static final ObjectWriter SECTION_WRITER = MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

    private record Section(Object value) implements JsonSerializable {
        @Override
        public void serialize(JsonGenerator gen, SerializerProvider provider) throws IOException {
            SECTION_WRITER.writeValue(gen, value);
        }

        @Override
        public void serializeWithType(JsonGenerator gen, SerializerProvider provider, TypeSerializer typeSer)
                throws IOException {
            serialize(gen, provider);
        }
    }

    // Floating-point numbers, wherever a value holds them, written as round() gives them, or null when not
    // finite: added after Jdk8Module, so that its own OptionalDouble serializer is not the one used.
    private static SimpleModule roundingModule() {
        SimpleModule module = new SimpleModule("tradescope-rounding");
        JsonSerializer<Double> rounding = new StdSerializer<>(Double.class) {
            @Override
            public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                writeRounded(value, gen);
            }
        };
        module.addSerializer(Double.class, rounding);
        module.addSerializer(Double.TYPE, rounding);
        module.addSerializer(OptionalDouble.class, new StdSerializer<>(OptionalDouble.class) {
            @Override
            public void serialize(OptionalDouble value, JsonGenerator gen, SerializerProvider provider)
                    throws IOException {
                if (value.isPresent()) {
                    writeRounded(value.getAsDouble(), gen);
                } else {
                    gen.writeNull();
                }
            }

            @Override
            public boolean isEmpty(SerializerProvider provider, OptionalDouble value) {
                return value == null || value.isEmpty();
            }
        });
        return module;
    }

    private static void writeRounded(double value, JsonGenerator gen) throws IOException {
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
