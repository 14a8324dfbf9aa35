package dev.tradescope.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class IsoDatesTest {

    @Property(tries = 2000)
    void parse_equalsLocalDateParse(@ForAll @IntRange(min = -354_285, max = 2_932_896) int epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        assertThat(IsoDates.parse(date.toString())).isEqualTo(LocalDate.parse(date.toString()));
    }

    @Test
    void parse_refusesOtherFormsAndImpossibleDates() {
        for (String text : new String[] {"2025-02-30", "2025-13-01", "2025-1-01", "2025/01/01", "20250101",
            "2025-01-01 ", "2025-0a-01", ""}) {
            assertThatThrownBy(() -> IsoDates.parse(text)).as(text).isInstanceOf(DateTimeException.class);
        }
    }

    @Test
    void parseLeading_readsTheDateAStampStartsWith() {
        assertThat(IsoDates.parseLeading("2025-07-19 13:45:00")).isEqualTo(LocalDate.of(2025, 7, 19));
        assertThat(IsoDates.parseLeading("2025-07-19")).isEqualTo(LocalDate.of(2025, 7, 19));
        for (String text : new String[] {"2025-02-30 00:00", "2025-7-19 00:00", "2025-07", ""}) {
            assertThatThrownBy(() -> IsoDates.parseLeading(text)).as(text).isInstanceOf(DateTimeException.class);
        }
    }
}
