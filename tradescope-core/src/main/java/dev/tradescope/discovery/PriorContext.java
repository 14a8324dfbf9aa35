package dev.tradescope.discovery;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.tradescope.context.MarketContext;
import dev.tradescope.research.PriorDiscovery;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads the market context of a prior discovery so that {@code --reuse} can take it instead of
 * gathering it again: only from a discovery of the same input within the reuse window, with the
 * same as-of date and benchmark, and only when its section reads back whole.
 */
final class PriorContext {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.READ_ENUMS_USING_TO_STRING)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private PriorContext() {
    }

    // Reads the reusable market context, or says why there is none.
    static Reuse read(Path workspace, PriorDiscovery prior, LocalDate asOf, String benchmark) {
        if (!prior.reusable()) {
            return Reuse.not("prior discovery not reusable: " + prior.reason());
        }
        try {
            JsonNode doc = JSON.readTree(workspace.resolve(prior.filePath()).toFile());
            if (!asOf.toString().equals(doc.at("/discovery_metadata/as_of").asText())) {
                return Reuse.not("prior discovery is as of " + doc.at("/discovery_metadata/as_of").asText());
            }
            if (!benchmark.equals(doc.at("/market_context/excess_returns/benchmark").asText())) {
                return Reuse.not("prior discovery compared against another benchmark");
            }
            return new Reuse(Optional.of(JSON.treeToValue(doc.get("market_context"), MarketContext.class)),
                    "market context reused from " + prior.filePath());
        } catch (IOException | IllegalArgumentException e) {
            return Reuse.not("prior discovery's market context could not be read: " + e.getMessage());
        }
    }

    /** The context to reuse, if any, and what happened. */
    record Reuse(Optional<MarketContext> context, String note) {
        static Reuse not(String why) {
            return new Reuse(Optional.empty(), why);
        }
    }
}
