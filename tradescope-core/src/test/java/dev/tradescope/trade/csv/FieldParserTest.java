package dev.tradescope.trade.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
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
        assertThat(new FieldParser.DateCache().parse("2025-04-14")).isEqualTo(LocalDate.of(2025, 4, 14));
        assertThat(new FieldParser.DateCache().parse("2025-04-14 00:00:00")).isEqualTo(LocalDate.of(2025, 4, 14));
        assertThat(new FieldParser.DateCache().parse("2025-04-14T09:30")).isEqualTo(LocalDate.of(2025, 4, 14));
        assertThatThrownBy(() -> new FieldParser.DateCache().parse("2025-02-30")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> new FieldParser.DateCache().parse("14/04/2025")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> new FieldParser.DateCache().parse("2025-04-14 25:00:00")).isInstanceOf(DateTimeException.class);
    }

    @Property(tries = 3000)
    void dateCache_givesTheDateOfItsDigitsOrFails(@ForAll @IntRange(min = 0, max = 9999) int year,
                                                  @ForAll @IntRange(min = 0, max = 99) int month,
                                                  @ForAll @IntRange(min = 0, max = 99) int day,
                                                  @ForAll boolean withTime) {
        String text = String.format("%04d-%02d-%02d", year, month, day) + (withTime ? " 09:30:00" : "");
        LocalDate expected;
        try {
            expected = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            assertThatThrownBy(() -> CACHE.parse(text)).isInstanceOf(DateTimeException.class);
            return;
        }
        assertThat(CACHE.parse(text)).isEqualTo(expected);
        assertThat(CACHE.parse(text)).as("parsed again, from the cache").isSameAs(CACHE.parse(text)).isEqualTo(expected);
    }

    // One cache over all tries: dates that share a slot replace each other.
    private static final FieldParser.DateCache CACHE = new FieldParser.DateCache();
}
