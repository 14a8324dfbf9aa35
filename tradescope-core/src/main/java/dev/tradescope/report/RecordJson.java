package dev.tradescope.report;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.datatype.jsr310.DecimalUtils;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Writes the values of the document's record sections (research, market context, prior discovery) with a
 * streaming generator, in the form the document's data-binding mapper gave them: record components in
 * declaration order under snake_case names; floating-point numbers rounded to 6 places, or null when not
 * finite ({@link JsonSupport#round}); an empty optional as null; dates and instants in ISO form; a
 * duration as decimal seconds; an enum by its {@link JsonValue} method, else its {@code toString}; maps
 * as objects (text keys) and collections as arrays. A type outside these is refused, so that a new field
 * cannot reach the document in a form nobody chose.
 *
 * <p>Why not data binding: building its serializers for these types (annotation introspection of every
 * record) was the largest single start-up cost of a short run, larger than writing the document.
 */
final class RecordJson {
    // Each record type's components (accessor and JSON name), found once per type.
    private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Component[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Component[] out = new Component[components.length];
            for (int i = 0; i < components.length; i++) {
                Method accessor = components[i].getAccessor();
                accessor.setAccessible(true);
                out[i] = new Component(snakeCase(components[i].getName()), accessor);
            }
            return out;
        }
    };
    // Each enum type's @JsonValue method, if it has one.
    private static final ClassValue<Optional<Method>> ENUM_VALUES = new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> type) {
            for (Method method : type.getDeclaredMethods()) {
                JsonValue annotation = method.getAnnotation(JsonValue.class);
                if (annotation != null && annotation.value() && method.getParameterCount() == 0) {
                    method.setAccessible(true);
                    return Optional.of(method);
                }
            }
            return Optional.empty();
        }
    };

    private RecordJson() {
    }

    /**
     * Looks up the components of the given record types and of every record and enum type their
     * components hold (through lists, maps and optionals), so that writing them does no reflection.
     */
    static void prepare(List<Class<?>> roots) {
        Set<Class<?>> seen = new HashSet<>();
        Deque<Type> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            Type type = todo.pop();
            if (type instanceof ParameterizedType parameterized) {
                todo.addAll(List.of(parameterized.getActualTypeArguments()));
            } else if (type instanceof Class<?> c && seen.add(c)) {
                if (c.isRecord()) {
                    COMPONENTS.get(c);
                    for (RecordComponent component : c.getRecordComponents()) {
                        todo.push(component.getGenericType());
                    }
                } else if (c.isEnum()) {
                    ENUM_VALUES.get(c);
                }
            }
        }
    }

    /** Writes {@code value} as the next JSON value of the generator. */
    static void write(JsonGenerator gen, Object value) throws IOException {
        if (value == null) {
            gen.writeNull();
        } else if (value instanceof String text) {
            gen.writeString(text);
        } else if (value instanceof Double number) {
            JsonSupport.writeRounded(number, gen);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte) {
            gen.writeNumber(((Number) value).longValue());
        } else if (value instanceof Boolean flag) {
            gen.writeBoolean(flag);
        } else if (value instanceof BigDecimal number) {
            gen.writeNumber(number);
        } else if (value instanceof BigInteger number) {
            gen.writeNumber(number);
        } else if (value instanceof Record record) {
            writeRecord(gen, record);
        } else if (value instanceof Collection<?> values) {
            gen.writeStartArray();
            for (Object element : values) {
                write(gen, element);
            }
            gen.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            writeMap(gen, map);
        } else if (value instanceof Optional<?> optional) {
            write(gen, optional.orElse(null));
        } else if (value instanceof OptionalDouble optional) {
            JsonSupport.writeRounded(optional.isPresent() ? optional.getAsDouble() : Double.NaN, gen);
        } else if (value instanceof OptionalInt optional) {
            write(gen, optional.isPresent() ? (Object) optional.getAsInt() : null);
        } else if (value instanceof OptionalLong optional) {
            write(gen, optional.isPresent() ? (Object) optional.getAsLong() : null);
        } else if (value instanceof LocalDate || value instanceof Instant) {
            gen.writeString(value.toString());
        } else if (value instanceof Duration duration) {
            gen.writeNumber(DecimalUtils.toBigDecimal(duration.getSeconds(), duration.getNano()));
        } else if (value instanceof Enum<?> constant) {
            writeEnum(gen, constant);
        } else {
            throw new IllegalArgumentException("no document form for a " + value.getClass().getName());
        }
    }

    private static void writeRecord(JsonGenerator gen, Record record) throws IOException {
        gen.writeStartObject();
        for (Component component : COMPONENTS.get(record.getClass())) {
            gen.writeFieldName(component.name());
            write(gen, component.valueOf(record));
        }
        gen.writeEndObject();
    }

    private static void writeMap(JsonGenerator gen, Map<?, ?> map) throws IOException {
        gen.writeStartObject();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String key)) {
                throw new IllegalArgumentException("no document form for a map key "
                        + entry.getKey().getClass().getName());
            }
            gen.writeFieldName(key);
            write(gen, entry.getValue());
        }
        gen.writeEndObject();
    }

    private static void writeEnum(JsonGenerator gen, Enum<?> constant) throws IOException {
        Optional<Method> jsonValue = ENUM_VALUES.get(constant.getDeclaringClass());
        if (jsonValue.isPresent()) {
            write(gen, invoke(jsonValue.get(), constant));
        } else {
            gen.writeString(constant.toString());
        }
    }

    /**
     * Translates a Java name to snake_case as data binding's {@code SNAKE_CASE} strategy does: an
     * underscore before an upper-case letter that follows a lower-case one or a digit ({@code ytdReturn}
     * → {@code ytd_return}, {@code p90Days} → {@code p90_days}), none inside a run of capitals.
     */
    static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        boolean previousUpper = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i == 0 && c == '_') {
                continue;
            }
            if (Character.isUpperCase(c)) {
                if (!previousUpper && out.length() > 0 && out.charAt(out.length() - 1) != '_') {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
                previousUpper = true;
            } else {
                out.append(c);
                previousUpper = false;
            }
        }
        return out.length() > 0 ? out.toString() : name;
    }

    private static Object invoke(Method method, Object target) {
        try {
            return method.invoke(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(method + " is not accessible", e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(method + " failed", cause);
        }
    }

    private record Component(String name, Method accessor) {
        Object valueOf(Record record) {
            return invoke(accessor, record);
        }
    }
}
