package dev.tradescope.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SectorMapTest {

    @Test
    void shippedMap_coversTheSp500AndTheMostTradedFunds() {
        Map<String, String> shipped = SectorMap.shipped();
        assertThat(shipped).hasSizeGreaterThan(600);
        assertThat(shipped).contains(Map.entry("AAPL", "Information Technology"), Map.entry("JPM", "Financials"),
                Map.entry("V", "Financials"), Map.entry("GOOGL", "Communication Services"),
                Map.entry("AMZN", "Consumer Discretionary"), Map.entry("COST", "Consumer Staples"),
                Map.entry("XOM", "Energy"), Map.entry("UNH", "Health Care"), Map.entry("LMT", "Industrials"),
                Map.entry("LIN", "Materials"), Map.entry("PLD", "Real Estate"), Map.entry("NEE", "Utilities"),
                Map.entry("BRK.B", "Financials"), Map.entry("SPY", "Broad Market"), Map.entry("QQQ", "Broad Market"),
                Map.entry("VTI", "Broad Market"), Map.entry("XLK", "Information Technology"),
                Map.entry("XLF", "Financials"), Map.entry("XLV", "Health Care"), Map.entry("BTC-USD", "Digital Assets"));
        assertThat(shipped.values()).allSatisfy(sector -> assertThat(SectorNames.findCanonical(sector)).contains(sector));
    }

    @Test
    void referenceSampleTickers_areAllMapped() {
        String tickers = "AAPL AMD AMZN COIN COR COST CRWD DOCU DOV EQT FFIV GD GME GOOGL HSY ILMN INTU ISRG LIN LMT"
                + " LYV MA MCO NFLX NVDA PGR PWR QCOM RTX SHOP SMCI TSLA UHS VTR WELL";
        SectorMap map = SectorMap.withOverrides(Map.of());
        for (String ticker : tickers.split(" ")) {
            assertThat(map.findSector(ticker)).as(ticker).isPresent();
        }
    }

    @Test
    void overrides_winAndAcceptAliases() {
        SectorMap map = SectorMap.withOverrides(Map.of("aapl", "consumer_discretionary", "ZZZZ", "Space Mining"));
        assertThat(map.findSector("AAPL")).contains(new SectorAssignment("Consumer Discretionary", "override"));
        assertThat(map.findSector("ZZZZ")).contains(new SectorAssignment("Space Mining", "override"));
        assertThat(map.findSector("MSFT")).contains(new SectorAssignment("Information Technology", "sector_map"));
        assertThat(map.findSector("NOPE")).isEmpty();
    }

    @Test
    void badRows_areRejectedWithTheLine() {
        assertThatThrownBy(() -> SectorMap.parse(new BufferedReader(new StringReader("ticker,sector\nAAPL,Tech\n"))))
                .hasMessageContaining("line 2").hasMessageContaining("AAPL,Tech");
        assertThatThrownBy(() -> SectorMap.parse(new BufferedReader(new StringReader(
                "AAPL,Energy\nAAPL,Utilities\n")))).hasMessageContaining("duplicate ticker AAPL");
    }
}
