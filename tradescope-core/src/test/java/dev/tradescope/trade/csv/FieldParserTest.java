package dev.tradescope.trade.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class FieldParserTest {

    @Property(tries = 2000)
    void parseDouble_fastPathEqualsJavaParser(@ForAll @DoubleRange(min = -1e6, max = 1e6) double value) {
        for (String text : new String[] {Double.toString(value), String.format(java.util.Locale.ROOT, "%.6f", value),
            java.math.BigDecimal.valueOf(value).toPlainString()}) {
            assertThat(FieldParser.parseDouble(text)).isEqualTo(Double.parseDouble(text));
        }
    }

    @Property(tries = 2000)
    void parseDecimal_sameValueAndScaleAsBigDecimal(@ForAll long unscaled, @ForAll @net.jqwik.api.constraints.IntRange(
            min = 0, max = 20) int scale) {
        String text = java.math.BigDecimal.valueOf(unscaled, scale).toPlainString();
        assertThat(FieldParser.parseDecimal(text).toBigDecimal()).isEqualTo(new java.math.BigDecimal(text));
    }

    @Test
    void parseDecimal_otherFormsGoToTheGeneralParser() {
        for (String text : new String[] {"5.", ".5", "-0.50", "007", "+3.25", "1e3", "-1.5E-2", "123456789012345678901.5"}) {
            assertThat(FieldParser.parseDecimal(text).toBigDecimal()).as(text).isEqualTo(new java.math.BigDecimal(text));
        }
        assertThatThrownBy(() -> FieldParser.parseDecimal("-")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> FieldParser.parseDecimal("1.2.3")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void parseDouble_nonFiniteWordsAndExponents() {
        assertThat(FieldParser.parseDouble("inf")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(FieldParser.parseDouble("-Infinity")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(FieldParser.parseDouble("NaN")).isNaN();
        assertThat(FieldParser.parseDouble("1.5e-3")).isEqualTo(0.0015);
        assertThat(FieldParser.parseDouble("386.9549865722656")).isEqualTo(386.9549865722656);
        assertThatThrownBy(() -> FieldParser.parseDouble("12abc")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> FieldParser.parseDouble("1d")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> FieldParser.parseDouble("-")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void parseDate_acceptsDateAndTimestampsOnly() {
        assertThat(FieldParser.parseDate("2025-04-14")).isEqualTo(LocalDate.of(2025, 4, 14));
        assertThat(FieldParser.parseDate("2025-04-14 00:00:00")).isEqualTo(LocalDate.of(2025, 4, 14));
        assertThat(FieldParser.parseDate("2025-04-14T09:30")).isEqualTo(LocalDate.of(2025, 4, 14));
        assertThatThrownBy(() -> FieldParser.parseDate("2025-02-30")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> FieldParser.parseDate("14/04/2025")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> FieldParser.parseDate("2025-04-14 25:00:00")).isInstanceOf(DateTimeException.class);
    }
}
