package dev.tradescope.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TreeJsonTest {

    record Position(String ticker, double weight, Optional<String> note) {
    }

    // The mapper the documents were written with before TreeJson: its output is the reference.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private static ObjectNode sample() {
        ObjectNode doc = JsonSupport.object();
        doc.put("text", "quote \" and line\nbreak, é, \u2014");
        doc.put("int", 42);
        doc.put("long", 9_000_000_000L);
        doc.put("big_integer", new BigInteger("123456789012345678901234567890"));
        doc.put("decimal", new BigDecimal("1.50"));
        doc.put("tiny", new BigDecimal("1E-9"));
        doc.put("huge", new BigDecimal("1E+12"));
        doc.put("double", 0.25);
        doc.put("flag", true);
        doc.putNull("nothing");
        doc.set("empty_object", JsonSupport.object());
        doc.set("empty_list", JsonSupport.array());
        doc.set("list", JsonSupport.array().add("a").add(1).add(JsonSupport.nullNode()).add(JsonSupport.object().put("x", false)));
        doc.putObject("nested").putObject("deeper").putArray("values").add(new BigDecimal("-0.000100"));
        return doc;
    }

    @Test
    void write_givesTheBytesAnIndentingObjectMapperGives() throws IOException {
        ObjectNode doc = sample();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JsonSupport.write(doc, bytes);
        StringWriter chars = new StringWriter();
        JsonSupport.write(doc, chars);

        String expected = MAPPER.writeValueAsString(doc);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(chars.toString()).isEqualTo(expected);
        assertThat(expected).contains("\"decimal\" : 1.50", "\"tiny\" : 0.000000001", "\"huge\" : 1000000000000");
    }

    @Test
    void write_writesASectionByItsRecordAsTheTreeOfThatRecordWouldBe() throws IOException {
        Position position = new Position("BRK.B", 2.0 / 3, Optional.empty());
        ObjectNode withSection = JsonSupport.object();
        withSection.set("position", JsonSupport.section(position));
        ObjectNode withTree = JsonSupport.object();
        withTree.set("position", JsonSupport.tree(position));

        StringWriter section = new StringWriter();
        JsonSupport.write(withSection, section);
        assertThat(section.toString()).isEqualTo(MAPPER.writeValueAsString(withTree))
                .contains("\"weight\" : 0.666667", "\"note\" : null");
    }

    @Test
    void read_readsWhatWriteWroteIntoAnEqualTree() throws IOException {
        ObjectNode doc = sample();
        StringWriter out = new StringWriter();
        JsonSupport.write(doc, out);

        JsonNode reread;
        try (JsonParser parser = new JsonFactory().enable(JsonParser.Feature.USE_FAST_BIG_NUMBER_PARSER)
                .createParser(out.toString())) {
            parser.nextToken();
            reread = TreeJson.read(parser, JsonSupport.NODES);
        }
        assertThat(reread).isEqualTo(MAPPER.readTree(out.toString()));
        assertThat(reread.get("text").textValue()).isEqualTo(doc.get("text").textValue());
        assertThat(reread.get("long").longValue()).isEqualTo(9_000_000_000L);
        assertThat(reread.get("big_integer").bigIntegerValue()).isEqualTo(doc.get("big_integer").bigIntegerValue());
        assertThat(reread.at("/list/3/x").isBoolean()).isTrue();
    }

    @Test
    void tree_keepsTheScaleOfDecimals() {
        record Amount(BigDecimal value, List<BigDecimal> more) {
        }
        JsonNode tree = JsonSupport.tree(new Amount(new BigDecimal("10.500"), List.of(new BigDecimal("2.0"))));

        assertThat(tree.get("value").decimalValue()).isEqualTo(new BigDecimal("10.500"));
        assertThat(tree.at("/more/0").decimalValue()).isEqualTo(new BigDecimal("2.0"));
    }

    @Test
    void write_refusesAValueItHasNoFormFor() {
        ObjectNode doc = JsonSupport.object();
        doc.set("thing", JsonSupport.NODES.pojoNode(new Object()));

        assertThatThrownBy(() -> JsonSupport.write(doc, new StringWriter()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Object");
    }

    @Test
    void read_refusesAParserWithNoCurrentValue() throws IOException {
        try (JsonParser parser = new JsonFactory().createParser("{}")) {
            assertThatThrownBy(() -> TreeJson.read(parser, JsonSupport.NODES))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
