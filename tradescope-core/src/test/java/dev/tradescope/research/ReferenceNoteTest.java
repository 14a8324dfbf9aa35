package dev.tradescope.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reads every reference note (one real layout each) and checks its exact values. */
class ReferenceNoteTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 8, 31);

    private static ResearchNote read(String folder, String fileName) {
        Path file = ReferenceFiles.researchNotes().resolve(folder).resolve(fileName);
        NoteFile note = new NoteFile(fileName, NoteNames.findName(fileName).orElseThrow(),
                NoteNames.findDate(fileName).orElseThrow());
        return ResearchNote.of(fileName, note, new ResearchNote.NoteAge(AS_OF, 30), NoteText.read(file));
    }

    private static ResearchNote fundamental(String fileName) {
        return read("fundamental_analysis", fileName);
    }

    private static void assertNumber(Optional<BigDecimal> actual, String expected) {
        assertThat(actual).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
    }

    @Test
    void julyLayout_aapl20250711_readsEveryField() {
        ResearchNote note = fundamental("AAPL_20250711.md");
        assertThat(note.recommendation()).contains("HOLD");
        assertThat(note.recommendationSource()).contains(RecommendationSource.RECOMMENDATION_LINE);
        assertThat(note.extractionConfidence()).isEqualTo(ExtractionConfidence.HIGH);
        assertNumber(note.conviction(), "0.9");
        assertNumber(note.confidence(), "0.9");
        assertNumber(note.fairValueLow(), "190");
        assertNumber(note.fairValueHigh(), "230");
        assertNumber(note.currentPrice(), "212.41");
        assertNumber(note.expectedReturn(), "0.085");
        assertNumber(note.upsideToFairValueMid(), "-0.0113");
        assertThat(note.generatedDate()).isEqualTo("2025-07-11");
        assertThat(note.generatedDateSource()).isEqualTo(DateSource.GENERATED_LINE);
        assertThat(note.companyName()).contains("Apple Inc.");
        assertThat(note.titleTicker()).contains("AAPL");
        assertThat(note.missingFields()).isEmpty();
        assertThat(note.issues()).isEmpty();
    }

    @Test
    void yamlFrontMatterLayout_aapl20250828_normalisesTenPointScales() {
        ResearchNote note = fundamental("AAPL_20250828.md");
        assertThat(note.recommendation()).contains("HOLD");
        assertNumber(note.conviction(), "0.91");
        assertNumber(note.confidence(), "0.96");
        assertNumber(note.fairValueLow(), "215");
        assertNumber(note.fairValueHigh(), "285");
        assertNumber(note.currentPrice(), "230.49");
        assertNumber(note.expectedReturn(), "0.0317");
        assertNumber(note.upsideToFairValueMid(), "0.0846");
        assertThat(note.generatedDate()).isEqualTo("2025-08-28");
        assertThat(note.companyName()).contains("Apple Inc.");
        assertThat(note.ageDays()).isEqualTo(3);
        assertThat(note.stale()).isFalse();
    }

    @Test
    void juneLayout_amzn20250618_readsApproximateCurrentPrice() {
        ResearchNote note = fundamental("AMZN_20250618.md");
        assertThat(note.recommendation()).contains("BUY");
        assertNumber(note.conviction(), "0.82");
        assertNumber(note.confidence(), "0.85");
        assertNumber(note.fairValueLow(), "220");
        assertNumber(note.fairValueHigh(), "265");
        assertNumber(note.currentPrice(), "185");
        assertNumber(note.expectedReturn(), "0.31");
        assertNumber(note.upsideToFairValueMid(), "0.3108");
        assertThat(note.expectedReturnHorizon()).contains("12-18M horizon");
        assertThat(note.companyName()).contains("Amazon.com Inc.");
        assertThat(note.stale()).isTrue();
    }

    @Test
    void holdNoteMentioningBestBuy_bby20250710_staysHold() {
        ResearchNote note = fundamental("BBY_20250710.md");
        assertThat(note.recommendation()).contains("HOLD");
        assertNumber(note.conviction(), "0.9");
        assertNumber(note.confidence(), "0.9");
        assertNumber(note.fairValueLow(), "75");
        assertNumber(note.fairValueHigh(), "85");
        assertNumber(note.currentPrice(), "72.46");
        assertNumber(note.expectedReturn(), "0.12");
        assertThat(note.companyName()).contains("Best Buy Co., Inc.");
        assertThat(note.titleTicker()).contains("BBY");
    }

    @Test
    void yamlFrontMatterLayout_coin20250804_readsZeroToOneScales() {
        ResearchNote note = fundamental("COIN_20250804.md");
        assertThat(note.recommendation()).contains("BUY");
        assertNumber(note.conviction(), "0.85");
        assertNumber(note.confidence(), "0.88");
        assertNumber(note.fairValueLow(), "350");
        assertNumber(note.fairValueHigh(), "420");
        assertNumber(note.currentPrice(), "314.69");
        assertNumber(note.expectedReturn(), "0.25");
        assertNumber(note.upsideToFairValueMid(), "0.2234");
        assertThat(note.generatedDate()).isEqualTo("2025-08-04");
        assertThat(note.companyName()).contains("Coinbase Global, Inc.");
    }

    @Test
    void boldMetadataLayout_docu20250718_readsDecimalsAndDateLine() {
        ResearchNote note = fundamental("DOCU_20250718.md");
        assertThat(note.recommendation()).contains("BUY");
        assertNumber(note.conviction(), "0.89");
        assertNumber(note.confidence(), "0.89");
        assertNumber(note.fairValueLow(), "85.00");
        assertNumber(note.fairValueHigh(), "105.00");
        assertNumber(note.currentPrice(), "77.62");
        assertNumber(note.expectedReturn(), "0.152");
        assertNumber(note.upsideToFairValueMid(), "0.2239");
        assertThat(note.generatedDate()).isEqualTo("2025-07-18");
        assertThat(note.generatedDateSource()).isEqualTo(DateSource.DATE_LINE);
    }

    @Test
    void juneLayout_smci20250623_ignoresStreetConsensus() {
        ResearchNote note = fundamental("SMCI_20250623.md");
        assertThat(note.recommendation()).contains("BUY");
        assertNumber(note.conviction(), "0.85");
        assertNumber(note.confidence(), "0.92");
        assertNumber(note.fairValueLow(), "48");
        assertNumber(note.fairValueHigh(), "58");
        assertNumber(note.currentPrice(), "45.32");
        assertNumber(note.expectedReturn(), "0.18");
        assertNumber(note.upsideToFairValueMid(), "0.1695");
        assertThat(note.companyName()).contains("Super Micro Computer, Inc.");
    }

    @Test
    void proseLayout_vfc20250703_readsExplicitSellWithLowConfidence() {
        ResearchNote note = fundamental("VFC_20250703.md");
        assertThat(note.recommendation()).contains("SELL");
        assertThat(note.recommendationSource()).contains(RecommendationSource.PROSE);
        assertThat(note.extractionConfidence()).isEqualTo(ExtractionConfidence.LOW);
        assertNumber(note.confidence(), "0.7");
        assertNumber(note.currentPrice(), "12.48");
        assertThat(note.conviction()).isEmpty();
        assertThat(note.fairValueLow()).isEmpty();
        assertThat(note.upsideToFairValueMid()).isEmpty();
        assertThat(note.missingFields()).containsExactly("conviction", "fair_value_range", "expected_return");
        assertThat(note.companyName()).contains("V.F. Corporation");
        assertThat(note.extracted()).isTrue();
    }

    @Test
    void upperCaseSectorNote_healthcare20250818_readsSectorFields() {
        ResearchNote note = read("sector_analysis", "HEALTHCARE_20250818.md");
        assertThat(note.recommendation()).contains("BUY");
        assertNumber(note.confidence(), "0.9");
        assertNumber(note.fairValueLow(), "138.50");
        assertNumber(note.fairValueHigh(), "142.75");
        assertNumber(note.expectedReturn(), "0.069");
        assertThat(note.currentPrice()).isEmpty();
        assertThat(note.title()).contains("HEALTHCARE Sector Analysis");
        assertThat(note.generatedDate()).isEqualTo("2025-08-18");
    }

    @Test
    void lowerCaseSectorNote_technology20250710_firstFairValueRangeWins() {
        ResearchNote note = read("sector_analysis", "technology_20250710.md");
        assertThat(note.recommendation()).contains("BUY");
        assertNumber(note.confidence(), "0.9");
        assertNumber(note.fairValueLow(), "260.00");
        assertNumber(note.fairValueHigh(), "290.00");
        assertNumber(note.expectedReturn(), "0.065");
        assertThat(note.expectedReturnHorizon()).contains("2Y horizon");
    }
}
