package dev.tradescope.marketdata.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradescope.marketdata.DataKind;
import dev.tradescope.marketdata.EconomicSeries;
import dev.tradescope.marketdata.EconomicSeriesRequest;
import dev.tradescope.marketdata.MarketData;
import dev.tradescope.marketdata.PriceHistoryRequest;
import dev.tradescope.marketdata.PriceSeries;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.marketdata.Quote;
import dev.tradescope.marketdata.QuoteRequest;
import dev.tradescope.marketdata.CompanyProfileRequest;
import dev.tradescope.support.FailureKind;
import dev.tradescope.support.InvalidInputException;
import dev.tradescope.support.Result;
import dev.tradescope.testing.ReferenceFiles;
import dev.tradescope.testing.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFileSourceTest {
    @TempDir
    Path workspace;
    private LocalFileSource source;

    @BeforeEach
    void setUp() throws Exception {
        Files.createDirectories(workspace.resolve("data/prices"));
        Files.createDirectories(workspace.resolve("data/series"));
        // the reference file has one corrupt date (line 704, see referenceFile_corruptDate_isReported): drop it here
        List<String> lines = Files.readAllLines(ReferenceFiles.path("prices/SPY_daily.csv"));
        Files.write(workspace.resolve("data/prices/SPY.csv"),
                lines.stream().filter(line -> !line.startsWith("2023-05-2023")).toList());
        source = new LocalFileSource(workspace, TestKeys.clock());
    }

    @Test
    void history_referenceFile_slicesRange() {
        Result<MarketData<PriceSeries>> result = source.fetch(
                new PriceHistoryRequest("spy", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31)));

        PriceSeries series = result.getValue().value();
        assertThat(series.bars()).isNotEmpty().allMatch(b -> b.date().getMonthValue() == 7);
        assertThat(series.adjusted()).isFalse();
        assertThat(result.getValue().provenance().provider()).isEqualTo(ProviderId.LOCAL);
        assertThat(result.getValue().provenance().marketDate()).isEqualTo(series.findLastDate());
    }

    @Test
    void referenceFile_corruptDate_isReported() throws Exception {
        Files.copy(ReferenceFiles.path("prices/SPY_daily.csv"), workspace.resolve("data/prices/RAW.csv"));

        assertThatThrownBy(() -> source.fetch(new QuoteRequest("RAW"))).isInstanceOf(InvalidInputException.class)
                .hasMessage("data/prices/RAW.csv:704: column date: expected a date as YYYY-MM-DD, was '2023-05-2023-05-02'");
    }

    @Test
    void quote_isLastClose() {
        Quote quote = source.fetch(new QuoteRequest("SPY")).getValue().value();

        assertThat(quote.price()).isEqualTo(627.969970703125);
        assertThat(quote.previousClose()).hasValue(631.1699829101562);
    }

    @Test
    void history_indexSymbol_acceptsFileWithAndWithoutCaret() throws Exception {
        Files.writeString(workspace.resolve("data/prices/VIX.csv"), "date,open,high,low,close\n2025-07-01,16,17,15,16.5\n");
        assertThat(source.fetch(new QuoteRequest("^VIX")).getValue().value().price()).isEqualTo(16.5);

        Files.writeString(workspace.resolve("data/prices/^VIX.csv"), "date,open,high,low,close\n2025-07-01,16,17,15,18\n");
        assertThat(source.fetch(new QuoteRequest("^VIX")).getValue().value().price()).isEqualTo(18);
    }

    @Test
    void history_adjClose_isRead() throws Exception {
        Files.writeString(workspace.resolve("data/prices/ABC.csv"),
                "date,open,high,low,close,volume,adj_close\n2025-07-01,10,11,9,10.5,100,10.2\n");

        PriceSeries series = source.fetch(new PriceHistoryRequest("ABC", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 1)))
                .getValue().value();

        assertThat(series.adjusted()).isTrue();
        assertThat(series.bars().get(0).adjustedClose()).isEqualTo(10.2);
    }

    @Test
    void history_badRow_namesFileLineColumnAndValue() throws Exception {
        Files.writeString(workspace.resolve("data/prices/BAD.csv"),
                "date,open,high,low,close,volume\n2025-07-01,10,11,9,10.5,100\n2025-07-02,10,11,9,ten,100\n");

        assertThatThrownBy(() -> source.fetch(new QuoteRequest("BAD"))).isInstanceOf(InvalidInputException.class)
                .hasMessage("data/prices/BAD.csv:3: column close: expected a positive number, was 'ten'");
    }

    @Test
    void history_missingColumn_isNamed() throws Exception {
        Files.writeString(workspace.resolve("data/prices/COL.csv"), "date,open,high,close\n2025-07-01,1,2,1\n");

        assertThatThrownBy(() -> source.fetch(new QuoteRequest("COL"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("data/prices/COL.csv:1: missing column(s) [low]");
    }

    @Test
    void missingFileOrRange_isNoData() {
        assertThat(source.fetch(new QuoteRequest("NOPE")).findFailure().orElseThrow().kind()).isEqualTo(FailureKind.NO_DATA);
        assertThat(source.fetch(new PriceHistoryRequest("SPY", LocalDate.of(1990, 1, 1), LocalDate.of(1990, 2, 1)))
                .findFailure().orElseThrow().kind()).isEqualTo(FailureKind.NO_DATA);
        assertThat(source.fetch(new CompanyProfileRequest("SPY")).findFailure().orElseThrow().kind())
                .isEqualTo(FailureKind.INVALID_REQUEST);
        assertThat(source.supports(DataKind.COMPANY_PROFILE)).isFalse();
    }

    @Test
    void series_readsValuesAndCountsMissing() throws Exception {
        Files.writeString(workspace.resolve("data/series/DGS10.csv"),
                "date,value\n2024-01-12,3.94\n2024-01-15,.\n2024-01-16,4.07\n");

        EconomicSeries series = source.fetch(new EconomicSeriesRequest("DGS10", LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 1, 31))).getValue().value();

        assertThat(series.observations()).hasSize(2);
        assertThat(series.missingCount()).isEqualTo(1);
    }

    @Test
    void series_badValue_namesLocation() throws Exception {
        Files.writeString(workspace.resolve("data/series/X.csv"), "date,value\n2024-01-12,abc\n");

        assertThatThrownBy(() -> source.fetch(new EconomicSeriesRequest("X", LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 1, 31)))).hasMessage("data/series/X.csv:2: column value: expected a number, was 'abc'");
    }
}
