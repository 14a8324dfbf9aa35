package dev.tradescope.trade;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DecimalTest {

    @Property(tries = 3000)
    void parse_sameValueAndScaleAsBigDecimal(@ForAll("decimalTexts") String text) {
        Decimal decimal = Decimal.parse(text);

        assertThat(decimal.toBigDecimal()).isEqualTo(new BigDecimal(text));
        assertThat(decimal.toString()).isEqualTo(new BigDecimal(text).toString());
        assertThat(decimal.signum()).isEqualTo(new BigDecimal(text).signum());
    }

    @Property(tries = 3000)
    void doubleValue_sameAsBigDecimal(@ForAll("decimalTexts") String text) {
        assertThat(Decimal.parse(text).doubleValue()).isEqualTo(new BigDecimal(text).doubleValue());
    }

    @Property(tries = 3000)
    void compareTo_sameOrderAsBigDecimal(@ForAll("decimalTexts") String a, @ForAll("decimalTexts") String b) {
        int expected = new BigDecimal(a).compareTo(new BigDecimal(b));

        assertThat(Decimal.parse(a).compareTo(Decimal.parse(b))).isEqualTo(expected);
        assertThat(Decimal.parse(a).equals(Decimal.parse(b))).isEqualTo(new BigDecimal(a).equals(new BigDecimal(b)));
    }

    @Property(tries = 3000)
    void compareToDigitsAndScale_sameOrderAsBigDecimal(@ForAll("decimalTexts") String a,
                                                       @ForAll("decimalTexts") String b) {
        Decimal other = Decimal.parse(b);
        Assume.that(other.isCompact());
        int expected = new BigDecimal(a).compareTo(new BigDecimal(b));

        assertThat(Integer.signum(Decimal.parse(a).compareTo(other.unscaled(), other.scale()))).isEqualTo(expected);
    }

    @Property(tries = 1000)
    void sum_sameValueAndScaleAsBigDecimalAdditions(@ForAll("decimalLists") List<String> texts) {
        DecimalSum sum = new DecimalSum();
        DecimalSum firstHalf = new DecimalSum();
        DecimalSum secondHalf = new DecimalSum();
        BigDecimal expected = BigDecimal.ZERO;
        for (int i = 0; i < texts.size(); i++) {
            Decimal value = Decimal.parse(texts.get(i));
            sum.add(value);
            (i < texts.size() / 2 ? firstHalf : secondHalf).add(value);
            expected = expected.add(new BigDecimal(texts.get(i)));
        }
        firstHalf.addAll(secondHalf);

        assertThat(sum.toBigDecimal()).isEqualTo(expected);
        assertThat(firstHalf.toBigDecimal()).isEqualTo(expected);
    }

    @Test
    void sum_beyondALong_goesOnExactly() {
        DecimalSum sum = new DecimalSum();
        Decimal large = Decimal.parse("999999999999999999");
        Decimal fine = Decimal.parse("0.000000000000000001");
        BigDecimal expected = BigDecimal.ZERO;
        for (int i = 0; i < 20; i++) {
            sum.add(large);
            sum.add(fine);
            expected = expected.add(large.toBigDecimal()).add(fine.toBigDecimal());
        }

        assertThat(sum.toBigDecimal()).isEqualTo(expected);
    }

    @Test
    void of_keepsTheScaleOfItsBigDecimal() {
        for (String text : new String[] {"2.50", "1E+3", "-0.000", "12345678901234567890.123", "1e-25"}) {
            BigDecimal value = new BigDecimal(text);

            assertThat(Decimal.of(value).toBigDecimal()).as(text).isEqualTo(value);
            assertThat(Decimal.of(value)).isEqualTo(Decimal.of(new BigDecimal(text)));
        }
        assertThat(Decimal.of(-1, 2)).isEqualTo(Decimal.parse("-0.01"));
        assertThat(Decimal.of(1, 20).toBigDecimal()).isEqualTo(new BigDecimal("1E-20"));
    }

    @Provide
    Arbitrary<String> decimalTexts() {
        Arbitrary<String> plain = Arbitraries.longs().between(-999_999_999_999_999_999L, 999_999_999_999_999_999L)
                .flatMap(unscaled -> Arbitraries.integers().between(0, 18)
                        .map(scale -> BigDecimal.valueOf(unscaled, scale).toPlainString()));
        Arbitrary<String> small = Arbitraries.integers().between(-20_000, 20_000)
                .flatMap(unscaled -> Arbitraries.integers().between(0, 6)
                        .map(scale -> BigDecimal.valueOf(unscaled, scale).toPlainString()));
        Arbitrary<String> wide = Arbitraries.strings().numeric().ofMinLength(19).ofMaxLength(30)
                .map(digits -> digits.substring(0, 10) + "." + digits.substring(10));
        Arbitrary<String> other = Arbitraries.of("1e3", "-1.5E-2", "+3.25", ".5", "5.", "-0", "0.000", "1E+5");
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, small), net.jqwik.api.Tuple.of(3, plain), net.jqwik.api.Tuple.of(1, wide),
                net.jqwik.api.Tuple.of(1, other));
    }

    @Provide
    Arbitrary<List<String>> decimalLists() {
        return decimalTexts().list().ofMaxSize(40);
    }
}
