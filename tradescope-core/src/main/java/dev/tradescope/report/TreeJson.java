package dev.tradescope.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads and writes JSON trees with the streaming API alone. A document's tree is made of Jackson's nodes,
 * but it never goes through an {@code ObjectMapper}: building one (its serializer factories, type
 * factory, date formats and the locale data they load) took a short run some 60 ms of CPU, more than
 * everything else it does to write its document.
 */
final class TreeJson {

    private TreeJson() {
    }

    /**
     * Writes {@code node} as the next value of the generator. A {@link POJONode} is written by its value,
     * which must be {@link JsonSerializable} (the document's {@link JsonSupport#section sections}).
     */
    static void write(JsonGenerator gen, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                gen.writeStartObject();
                for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    gen.writeFieldName(field.getKey());
                    write(gen, field.getValue());
                }
                gen.writeEndObject();
            }
            case ARRAY -> {
                gen.writeStartArray();
                for (JsonNode element : node) {
                    write(gen, element);
                }
                gen.writeEndArray();
            }
            case STRING -> gen.writeString(node.textValue());
            case NUMBER -> writeNumber(gen, node);
            case BOOLEAN -> gen.writeBoolean(node.booleanValue());
            case NULL, MISSING -> gen.writeNull();
            case POJO -> writePojo(gen, (POJONode) node);
            default -> throw new IllegalArgumentException("no JSON form for a " + node.getNodeType() + " node");
        }
    }

    private static void writeNumber(JsonGenerator gen, JsonNode node) throws IOException {
        switch (node.numberType()) {
            case INT -> gen.writeNumber(node.intValue());
            case LONG -> gen.writeNumber(node.longValue());
            case BIG_INTEGER -> gen.writeNumber(node.bigIntegerValue());
            case BIG_DECIMAL -> gen.writeNumber(node.decimalValue());
            case FLOAT -> gen.writeNumber(node.floatValue());
            case DOUBLE -> gen.writeNumber(node.doubleValue());
        }
    }

    private static void writePojo(JsonGenerator gen, POJONode node) throws IOException {
        if (node.getPojo() instanceof JsonSerializable value) {
            value.serialize(gen, null);
        } else {
            throw new IllegalArgumentException("no JSON form for a " + node.getPojo().getClass().getName());
        }
    }

    /**
     * Reads the value at the parser's current token (and the tokens up to its end) as a tree: numbers as
     * the parser holds them (a {@code BigDecimal} keeps its scale), as an {@code ObjectMapper} would with
     * its defaults and trailing zeros kept.
     */
    static JsonNode read(JsonParser parser, JsonNodeFactory nodes) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            throw new IllegalArgumentException("no JSON value to read");
        }
        return switch (token) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.set(name, read(parser, nodes));
                }
                yield object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(parser, nodes));
                }
                yield array;
            }
            case VALUE_STRING -> nodes.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> nodes.numberNode(parser.getIntValue());
                case LONG -> nodes.numberNode(parser.getLongValue());
                default -> nodes.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> switch (parser.getNumberType()) {
                case BIG_DECIMAL -> nodes.numberNode(parser.getDecimalValue());
                case FLOAT -> nodes.numberNode(parser.getFloatValue());
                default -> nodes.numberNode(parser.getDoubleValue());
            };
            case VALUE_TRUE -> nodes.booleanNode(true);
            case VALUE_FALSE -> nodes.booleanNode(false);
            case VALUE_NULL -> nodes.nullNode();
            default -> throw new IllegalArgumentException("unexpected JSON token " + token);
        };
    }
}
