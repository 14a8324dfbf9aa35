package dev.tradescope.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeframeTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 7, 19);

    @Test
    void contains_windowEndsAtAsOfAndStartsByPeriod() {
        assertThat(Timeframe.ONE_MONTH.contains(LocalDate.of(2025, 6, 19), AS_OF)).isTrue();
        assertThat(Timeframe.ONE_MONTH.contains(LocalDate.of(2025, 6, 18), AS_OF)).isFalse();
        assertThat(Timeframe.YEAR_TO_DATE.contains(LocalDate.of(2025, 1, 1), AS_OF)).isTrue();
        assertThat(Timeframe.YEAR_TO_DATE.contains(LocalDate.of(2024, 12, 31), AS_OF)).isFalse();
        assertThat(Timeframe.ALL.contains(LocalDate.of(1999, 1, 1), AS_OF)).isTrue();
        assertThat(Timeframe.ALL.contains(AS_OF.plusDays(1), AS_OF)).isFalse();
    }

    @Test
    void parse_unknownId_listsValidOnes() {
        assertThat(Timeframe.parse("3M")).isEqualTo(Timeframe.THREE_MONTHS);
        assertThatThrownBy(() -> Timeframe.parse("2w")).hasMessageContaining("1m, 3m, 6m, 1y, ytd, all");
    }
}
