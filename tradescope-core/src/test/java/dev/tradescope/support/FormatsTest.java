package dev.tradescope.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void format_writesNumbersAsTheRootLocaleDoes() {
        Object[][] cases = {
            {"%,d rows", 1234567L}, {"%,.2f", -486716.855}, {"%+.1f %%", 0.05}, {"%.0f", 2.5}, {"%08x", 0xBEEFL},
            {"%5.1f|%-6d|%s", 3.25, -42, "text"}, {"%e", 12345.678}, {"%,.3f", new BigDecimal("1234567.8915")},
            {"%.2f", Double.NaN}, {"%.2f", Double.NEGATIVE_INFINITY}, {"%d", Long.MIN_VALUE},
        };
        for (Object[] c : cases) {
            String pattern = (String) c[0];
            Object[] args = Arrays.copyOfRange(c, 1, c.length);
            assertThat(Formats.format(pattern, args)).as(pattern).isEqualTo(String.format(Locale.ROOT, pattern, args));
        }
        assertThat(Formats.format("%,.2f", 1234.5)).isEqualTo("1,234.50");
    }
}
