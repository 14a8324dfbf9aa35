package dev.tradescope.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NoteNamesTest {

    @ParameterizedTest
    @CsvSource({"AAPL_20250711.md,AAPL,2025-07-11", "BRK.B_20250630.md,BRK.B,2025-06-30",
            "BTC-USD_20250101.md,BTC-USD,2025-01-01", "MA_20250102.md,MA,2025-01-02",
            "communication_services_20250710.md,communication_services,2025-07-10"})
    void noteName_givesNameAndDate(String fileName, String name, LocalDate date) {
        assertThat(NoteNames.findName(fileName)).contains(name);
        assertThat(NoteNames.findDate(fileName)).contains(date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"T_20250617_evaluation.md", "AAPL_2025071.md", "AAPL_20250711.txt", "AAPL.md",
            "_20250711.md", ".AAPL_20250711.md", "AAPL_2025O711.md", "AAPL_20250711.md.bak"})
    void otherNames_areNotNotes(String fileName) {
        assertThat(NoteNames.shapeOf(fileName)).isEqualTo(NoteNames.Shape.OTHER);
        assertThat(NoteNames.findName(fileName)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"AAPL_20250231.md", "AAPL_20251301.md", "AAPL_20250000.md"})
    void impossibleDates_areRecognisedAsBadDates(String fileName) {
        assertThat(NoteNames.shapeOf(fileName)).isEqualTo(NoteNames.Shape.BAD_DATE);
        assertThat(NoteNames.findName(fileName)).isEmpty();
    }
}
