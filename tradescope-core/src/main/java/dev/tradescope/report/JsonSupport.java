package dev.tradescope.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
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

    // Converts a value to JSON with the document's naming and rounds every floating-point number in it.
    static JsonNode tree(Object value) {
        return rounded(MAPPER.valueToTree(value));
    }

    private static JsonNode rounded(JsonNode node) {
        if (node.isDouble() || node.isFloat()) {
            double v = node.doubleValue();
            return Double.isFinite(v) ? MAPPER.getNodeFactory().numberNode(round(v)) : MAPPER.nullNode();
        }
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            java.util.List<String> names = new java.util.ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            names.forEach(name -> object.set(name, rounded(object.get(name))));
        } else if (node.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode array = (com.fasterxml.jackson.databind.node.ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, rounded(array.get(i)));
            }
        }
        return node;
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
