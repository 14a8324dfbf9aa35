package dev.tradescope.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.tradescope.support.InvalidInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Holds one node of a YAML document with its dotted key and the line it starts on: a scalar
 * (null for YAML null), a list or a map. Jackson's tree model drops locations; messages need them.
 */
final class YamlNode {
    enum Shape { SCALAR, LIST, MAP }

    private final String key;
    private final int line;
    private final Shape shape;
    private final String text;
    private final List<YamlNode> items;
    private final Map<String, YamlNode> fields;

    private YamlNode(String key, int line, Shape shape, String text, List<YamlNode> items, Map<String, YamlNode> fields) {
        this.key = key;
        this.line = line;
        this.shape = shape;
        this.text = text;
        this.items = items;
        this.fields = fields;
    }

    // Reads the value the parser stands on (the parser must already be on its first token).
    static YamlNode read(JsonParser parser, String key, String file) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            return readMap(parser, key, line, file);
        }
        if (token == JsonToken.START_ARRAY) {
            List<YamlNode> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(read(parser, key + "[" + items.size() + "]", file));
            }
            return new YamlNode(key, line, Shape.LIST, null, List.copyOf(items), Map.of());
        }
        String text = token == JsonToken.VALUE_NULL ? null : parser.getText();
        return new YamlNode(key, line, Shape.SCALAR, text, List.of(), Map.of());
    }

    private static YamlNode readMap(JsonParser parser, String key, int line, String file) throws IOException {
        Map<String, YamlNode> fields = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            String child = key.isEmpty() ? name : key + "." + name;
            int fieldLine = parser.currentTokenLocation().getLineNr();
            parser.nextToken();
            if (fields.put(name, read(parser, child, file)) != null) {
                throw new InvalidInputException(file + ":" + fieldLine + ": " + child + ": must be given once, was repeated");
            }
        }
        return new YamlNode(key, line, Shape.MAP, null, List.of(), Collections.unmodifiableMap(fields));
    }

    // Builds an empty map node, standing for an absent section.
    static YamlNode emptyMap(String key) {
        return new YamlNode(key, 0, Shape.MAP, null, List.of(), Map.of());
    }

    String key() {
        return key;
    }

    int line() {
        return line;
    }

    Shape shape() {
        return shape;
    }

    // The scalar text, null for YAML null or for a list or a map.
    String text() {
        return text;
    }

    List<YamlNode> items() {
        return items;
    }

    Map<String, YamlNode> fields() {
        return fields;
    }

    // Shows the value for an error message: the scalar, or the shape of a list or map.
    String shown() {
        return switch (shape) {
            case SCALAR -> text == null ? "null" : "'" + text + "'";
            case LIST -> "a list";
            case MAP -> "a map";
        };
    }
}
