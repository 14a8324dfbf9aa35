package dev.tradescope.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Corner cases of the note parser and reader, one small fixture each. */
class NoteParserTest {

    private static final NoteFile NOTE = new NoteFile("XYZ_20250701.md", "XYZ", LocalDate.of(2025, 7, 1));
    private static final ResearchNote.NoteAge AGE = new ResearchNote.NoteAge(LocalDate.of(2025, 7, 31), 30);

    private static ResearchNote parse(String text) {
        return ResearchNote.of("XYZ_20250701.md", NOTE, AGE, NoteText.decode(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void boldStrongBuy_isReadFromTheRecommendationLine() {
        ResearchNote note = parse("# Xyz Corp (XYZ) - Fundamental Analysis\n\n"
                + "### Recommendation: **STRONG BUY** | Conviction: **8.5/10**\n"
                + "- **Fair Value Range**: **$1,190.50 - $1,230.25** (Current: **$1,100.00**)\n");
        assertThat(note.recommendation()).contains("STRONG BUY");
        assertThat(note.conviction()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.85"));
        assertThat(note.fairValueLow()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1190.50"));
        assertThat(note.fairValueHigh()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1230.25"));
        assertThat(note.currentPrice()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1100"));
        assertThat(note.upsideToFairValueMid()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.1003"));
    }

    @Test
    void twoRecommendationLines_firstWinsAndAnIssueIsReported() {
        ResearchNote note = parse("# Xyz (XYZ)\n\n### Recommendation: HOLD\n\ntext\n\n### Recommendation: SELL\n");
        assertThat(note.recommendation()).contains("HOLD");
        assertThat(note.issues()).singleElement().asString()
                .contains("line 7").contains("SELL").contains("line 3").contains("first one is used");
    }

    @Test
    void wordsElsewhere_neverMakeARecommendation() {
        ResearchNote note = parse("# Best Buy Co. (BBY)\n\nWe like Best Buy. Buy the dip, sell the rip, hold on.\n"
                + "- **Expected Return**: 5% (1Y horizon)\n");
        assertThat(note.recommendation()).isEmpty();
        assertThat(note.extractionConfidence()).isEqualTo(ExtractionConfidence.LOW);
        assertThat(note.extracted()).isTrue();
    }

    @Test
    void noRecommendationNorValues_isListedAsNotExtracted() {
        ResearchNote note = parse("# Some Company (XYZ)\n\nJust an opinion without any figure.\n");
        assertThat(note.extracted()).isFalse();
        assertThat(note.notExtractedReason()).hasValueSatisfying(r -> assertThat(r).contains("no recommendation"));
        assertThat(note.extractionConfidence()).isEqualTo(ExtractionConfidence.NONE);
        assertThat(note.companyName()).contains("Some Company");
        assertThat(note.generatedDateSource()).isEqualTo(DateSource.FILE_NAME);
        assertThat(note.generatedDate()).isEqualTo("2025-07-01");
    }

    @Test
    void emptyNote_isNotExtracted() {
        ResearchNote note = parse("  \n\n");
        assertThat(note.extracted()).isFalse();
        assertThat(note.notExtractedReason()).contains("empty note");
    }

    @Test
    void binaryNote_isSkipped() {
        NoteText text = NoteText.decode(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        ResearchNote note = ResearchNote.of("XYZ_20250701.md", NOTE, AGE, text);
        assertThat(note.extracted()).isFalse();
        assertThat(note.notExtractedReason()).hasValueSatisfying(r -> assertThat(r).startsWith("skipped: binary"));
    }

    @Test
    void notUtf8Note_isSkipped() {
        NoteText text = NoteText.decode("Recommendation: BUY caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(text.skipReason()).contains("not UTF-8 text");
    }

    @Test
    void hugeNote_isSkippedWithoutReadingIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("XYZ_20250701.md");
        try (var channel = Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.position(NoteText.MAX_NOTE_BYTES);
            channel.write(java.nio.ByteBuffer.wrap("x".getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(NoteText.read(file).skipReason()).hasValueSatisfying(r -> assertThat(r).contains("larger than 5 MB"));
    }

    @Test
    void proseStatements_thatDisagree_reportAnIssue() {
        ResearchNote note = parse("# X (XYZ)\n\nThe company presents a **SELL** recommendation today.\n\n"
                + "Later we keep a **HOLD** rating.\n");
        assertThat(note.recommendation()).contains("SELL");
        assertThat(note.recommendationSource()).contains(RecommendationSource.PROSE);
        assertThat(note.issues()).singleElement().asString().contains("HOLD");
    }

    @Test
    void unrecognisedRecommendation_isReportedAndIgnored() {
        ResearchNote note = parse("### Recommendation: see below\n\n### Recommendation: SELL\n");
        assertThat(note.recommendation()).contains("SELL");
        assertThat(note.issues()).singleElement().asString().contains("unrecognised recommendation 'see below'");
    }

    @Test
    void frontMatterDate_isUsedWithoutAGeneratedLine() {
        ResearchNote note = parse("---\ntitle: Xyz Corp (XYZ) - Analysis\ndate: 2025-06-30T10:00:00\n---\n\n"
                + "## Recommendation: BUY | Conviction: 7/10 | Confidence: 80%\n");
        assertThat(note.generatedDate()).isEqualTo("2025-06-30");
        assertThat(note.generatedDateSource()).isEqualTo(DateSource.FRONT_MATTER);
        assertThat(note.companyName()).contains("Xyz Corp");
        assertThat(note.conviction()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.7"));
        assertThat(note.confidence()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.8"));
    }

    @Test
    void scoreOutsideAnyScale_isNotRead() {
        ResearchNote note = parse("### Recommendation: BUY | Conviction: 250\n");
        assertThat(note.conviction()).isEmpty();
    }

    @Test
    void recommendationInsideATable_isNotRead() {
        ResearchNote note = parse("| Recommendation: BUY | x |\n|---|---|\n| a | b |\n");
        assertThat(note.recommendation()).isEmpty();
    }

    @Test
    void setextTitle_isReadAsTheTitle() {
        ResearchNote note = parse("Xyz Corp (XYZ) - Analysis\n=========================\n\nRecommendation: SELL\n");
        assertThat(note.companyName()).contains("Xyz Corp");
        assertThat(note.titleTicker()).contains("XYZ");
        assertThat(note.recommendation()).contains("SELL");
    }

    @Test
    void recommendationInsideACodeBlock_isNotRead() {
        ResearchNote note = parse("```\nRecommendation: BUY\n```\n\nThe analysts present a **HOLD** rating.\n");
        assertThat(note.recommendation()).contains("HOLD");
        assertThat(note.recommendationSource()).contains(RecommendationSource.PROSE);
    }

    @Test
    void windowsLineEndingsAndByteOrderMark_readTheSameValues() {
        ResearchNote note = parse("\uFEFF---\r\ndate: 2025-06-30\r\n---\r\n# Xyz Corp (XYZ) - Analysis\r\n\r\n"
                + "### Recommendation: BUY | Conviction: 0.6/1.0\r\n- **Fair Value Range**: $10 - $12 (Current: $10.50)\r\n");
        assertThat(note.recommendation()).contains("BUY");
        assertThat(note.generatedDateSource()).isEqualTo(DateSource.FRONT_MATTER);
        assertThat(note.titleTicker()).contains("XYZ");
        assertThat(note.currentPrice()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("10.50"));
        assertThat(note.upsideToFairValueMid()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.0476"));
    }

    @Test
    void writtenDates_areReadAsTheLocaleDataOfEnglishReadsThem() {
        List<DateTimeFormatter> withLocaleData = List.of(
                DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
                DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
                DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH));
        for (LocalDate day = LocalDate.of(2024, 1, 1); day.getYear() == 2024; day = day.plusDays(1)) {
            for (int f = 0; f < withLocaleData.size(); f++) {
                String text = withLocaleData.get(f).format(day);
                assertThat(NoteParser.DATE_FORMATS.get(f).format(day)).isEqualTo(text);
                assertThat(NoteParser.parseDate(text)).as(text).contains(day);
                assertThat(NoteParser.parseDate(text + " (updated)")).as(text).contains(day);
            }
        }
        assertThat(NoteParser.parseDate("Sept 3, 2024")).isEmpty();
        assertThat(NoteParser.parseDate("july 3, 2024")).isEmpty();
        assertThat(NoteParser.parseDate("February 32, 2024")).isEmpty();
        assertThat(NoteParser.parseDate("3 Jul 2024")).isEmpty();
    }
}
