package dev.tradescope.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.tradescope.marketdata.MarketData;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Turns {@code MarketData} answers into the JSON payloads of cache entries and back. */
final class PayloadCodec {

    private PayloadCodec() {
    }

    // Made on first use: a warm run, whose payloads the PayloadReader reads, never needs it.
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(new Jdk8Module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Encodes an answer (value and provenance) as compact JSON. */
    static String encode(MarketData<?> data) {
        try {
            return Json.MAPPER.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Decodes a payload as an answer of the given type; throws {@link CorruptEntryException} when it does not fit.
     * The answers a discovery reads take the {@link PayloadReader} when their payload is in the form this class
     * writes.
     */
    @SuppressWarnings("unchecked") // the reader builds an answer of the type it was asked for
    static <T> MarketData<T> decode(String payload, Class<T> answerType) {
        if (PayloadReader.handles(answerType)) {
            Optional<MarketData<?>> read = PayloadReader.read(payload, answerType);
            if (read.isPresent()) {
                return (MarketData<T>) read.get();
            }
        }
        JavaType type = Json.MAPPER.getTypeFactory().constructParametricType(MarketData.class, answerType);
        try {
            return Json.MAPPER.readValue(payload, type);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new CorruptEntryException("payload is not a " + answerType.getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Returns the shared mapper configured for payloads. */
    static ObjectMapper mapper() {
        return Json.MAPPER;
    }
}
