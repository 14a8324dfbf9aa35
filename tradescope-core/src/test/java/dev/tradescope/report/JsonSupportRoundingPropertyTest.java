package dev.tradescope.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link JsonSupport#round} gives what rounding a double's shortest decimal half to even at 6 places gives. */
class JsonSupportRoundingPropertyTest {

    private static BigDecimal byShortestDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    @Property(tries = 5_000)
    void round_anyFiniteDouble(@ForAll("doubles") double value) {
        assertThat(JsonSupport.round(value)).isEqualTo(byShortestDecimal(value));
    }

    @Property(tries = 5_000)
    void round_nearAHalfOfTheSixthPlace(@ForAll("nearHalves") double value) {
        assertThat(JsonSupport.round(value)).isEqualTo(byShortestDecimal(value));
    }

    @Test
    void round_tiesAndEdges() {
        double[] values = {0.0, -0.0, 0.1234565, 0.1234575, -0.1234565, 2.5e-6, 3.5e-6, 0.0000005, -0.0000005,
                1.0000004, 1e-7, 12.5, 1.0 / 3, -2.0 / 3, 999_999_999.999_999_5, 1e9 + 0.5e-6, 1e15, -1e15, 1e300,
                Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, 0.1 + 0.2, 4.35, 4.3500005};
        for (double value : values) {
            assertThat(JsonSupport.round(value)).as("%s", value).isEqualTo(byShortestDecimal(value));
        }
        assertThat(JsonSupport.round(0.1234565)).isEqualTo(new BigDecimal("0.123456"));
        assertThat(JsonSupport.round(0.1234575)).isEqualTo(new BigDecimal("0.123458"));
        assertThat(JsonSupport.round(-0.0)).isEqualTo(BigDecimal.ZERO);
    }

    @Provide
    Arbitrary<Double> doubles() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().between(-1e4, 1e4),
                Arbitraries.doubles().between(-1, 1).ofScale(9),
                Arbitraries.doubles().between(-1e16, 1e16),
                Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite));
    }

    // k millionths plus half a millionth, nudged by a few ulps either way: where the rounding is decided by
    // digits a double barely holds.
    @Provide
    Arbitrary<Double> nearHalves() {
        return Arbitraries.longs().between(-10_000_000_000_000L, 10_000_000_000_000L).flatMap(k ->
                Arbitraries.integers().between(-4, 4).map(ulps -> {
                    double half = (k + 0.5) / 1e6;
                    double nudged = half;
                    for (int i = 0; i < Math.abs(ulps); i++) {
                        nudged = ulps > 0 ? Math.nextUp(nudged) : Math.nextDown(nudged);
                    }
                    return nudged;
                }));
    }
}
