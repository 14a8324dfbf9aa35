package dev.tradescope.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Validates JSON documents against the consumer schema and the project's own schema, with format assertions on. */
public final class SchemaCheck {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SchemaCheck() {
    }

    /** Returns the analysis pipeline's consumer schema. */
    public static Path consumerSchema() {
        return SharedReference.path("discovery-schema/sensylate_trade_history_discovery_schema.json");
    }

    /** Returns the project's schema in docs/schema. */
    public static Path projectSchema() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("docs/schema/discovery.schema.json"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("docs/schema/discovery.schema.json not found");
        }
        return dir.resolve("docs/schema/discovery.schema.json");
    }

    /** Returns the validation errors of {@code document} against {@code schemaFile}, one line each. */
    public static List<String> errors(Path schemaFile, JsonNode document) {
        try {
            JsonNode schemaNode = MAPPER.readTree(Files.readString(schemaFile));
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaNode);
            List<Error> errors = schema.validate(MAPPER.readTree(MAPPER.writeValueAsString(document)),
                    ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
            return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
