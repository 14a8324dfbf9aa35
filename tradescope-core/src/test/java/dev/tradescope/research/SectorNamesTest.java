package dev.tradescope.research;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectorNamesTest {

    @ParameterizedTest
    @CsvSource({"finance,Financials", "financials,Financials", "FINANCIALS,Financials", "Financials,Financials",
            "industrial,Industrials", "industrials,Industrials", "communication_services,Communication Services",
            "communications,Communication Services", "technology,Information Technology",
            "Technology,Information Technology", "information_technology,Information Technology",
            "tech,Information Technology", "consumer_discretionary,Consumer Discretionary",
            "consumer_staples,Consumer Staples", "health_care,Health Care", "healthcare,Health Care",
            "HEALTHCARE,Health Care", "real_estate,Real Estate", "utilities,Utilities", "energy,Energy",
            "materials,Materials", "technology_sector,Information Technology", "health-care,Health Care"})
    void aliases_mapToGicsNames(String written, String sector) {
        assertThat(SectorNames.findCanonical(written)).contains(sector);
    }

    @ParameterizedTest
    @CsvSource({"space,space", "My Sector,my sector"})
    void unknownSectorNotes_areFiledUnderTheirLowerCaseName(String written, String key) {
        assertThat(SectorNames.findCanonical(written)).isEmpty();
        assertThat(SectorNames.noteKey(written)).contains(key);
    }
}
