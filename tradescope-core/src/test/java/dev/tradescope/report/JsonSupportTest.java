package dev.tradescope.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class JsonSupportTest {

    record Inner(double ratio, Double boxed) {
    }

    record Sample(double third, double nan, double infinite, OptionalDouble present, OptionalDouble absent,
                  Optional<Double> optionalBoxed, List<Double> list, Map<String, Double> byName, Inner inner,
                  String camelCaseText) {
    }

    private static Sample sample() {
        return new Sample(1.0 / 3, Double.NaN, Double.NEGATIVE_INFINITY, OptionalDouble.of(2.0 / 3),
                OptionalDouble.empty(), Optional.of(0.1234565), List.of(1e-7, 12.5), Map.of("x", 1.0000004),
                new Inner(Double.POSITIVE_INFINITY, 5.25), "kept");
    }

    @Test
    void tree_roundsEveryFloatingPointNumberToSixPlacesAndWritesNonFiniteAsNull() {
        JsonNode tree = JsonSupport.tree(sample());

        assertThat(tree.get("third").decimalValue()).isEqualByComparingTo("0.333333");
        assertThat(tree.get("nan").isNull()).isTrue();
        assertThat(tree.get("infinite").isNull()).isTrue();
        assertThat(tree.get("present").decimalValue()).isEqualByComparingTo("0.666667");
        assertThat(tree.get("absent").isNull()).isTrue();
        assertThat(tree.get("optional_boxed").decimalValue()).isEqualByComparingTo("0.123456");
        assertThat(tree.at("/list/0").decimalValue()).isEqualByComparingTo("0");
        assertThat(tree.at("/list/1").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(tree.at("/by_name/x").decimalValue()).isEqualByComparingTo("1");
        assertThat(tree.at("/inner/ratio").isNull()).isTrue();
        assertThat(tree.at("/inner/boxed").decimalValue()).isEqualByComparingTo("5.25");
        assertThat(tree.get("camel_case_text").asText()).isEqualTo("kept");
    }

    @Test
    void section_writesExactlyWhatTheTreeWould() {
        ObjectNode asTree = JsonSupport.object();
        asTree.set("value", JsonSupport.tree(sample()));
        ObjectNode asSection = JsonSupport.object();
        asSection.set("value", JsonSupport.section(sample()));

        assertThat(write(asSection)).isEqualTo(write(asTree));
    }

    @Test
    void section_keepsTheDocumentsNamingWhenAnotherMapperWritesIt() throws Exception {
        ObjectNode doc = JsonSupport.object();
        doc.set("value", JsonSupport.section(sample()));

        JsonNode reread = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(doc));

        assertThat(reread.at("/value/camel_case_text").asText()).isEqualTo("kept");
        assertThat(reread.at("/value/third").decimalValue()).isEqualByComparingTo("0.333333");
        assertThat(reread.at("/value/infinite").isNull()).isTrue();
    }

    @Test
    void sections_areEqualWhenTheirValuesAre() {
        assertThat(JsonSupport.section(sample())).isEqualTo(JsonSupport.section(sample()));
        assertThat(JsonSupport.section(sample())).isNotEqualTo(JsonSupport.section(new Inner(1, 2.0)));
    }

    private static String write(ObjectNode document) {
        StringWriter out = new StringWriter();
        DocumentWriter.write(document, out);
        return out.toString();
    }
}
