package dev.tradescope.trade.csv;

import static dev.tradescope.testing.CsvFixtures.HEADER;
import static dev.tradescope.testing.CsvFixtures.closed;
import static dev.tradescope.testing.CsvFixtures.open;
import static dev.tradescope.testing.CsvFixtures.write;
import static dev.tradescope.testing.CsvFixtures.writeRaw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradescope.support.InvalidInputException;
import dev.tradescope.testing.SharedReference;
import dev.tradescope.trade.Trade;
import dev.tradescope.trade.TradeIssue;
import dev.tradescope.trade.TradeIssue.Kind;
import dev.tradescope.trade.TradeStatus;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TradeHistoryReaderTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 7, 19);

    @TempDir
    Path dir;

    private final List<Trade> trades = new ArrayList<>();

    private ReadSummary read(Path file) {
        return new TradeHistoryReader(AS_OF).readInOrder(file, trades::add);
    }

    @Test
    void read_referenceSample_readsEveryRowAndFlagsTheInconsistentOnes() {
        ReadSummary summary = read(SharedReference.sampleTrades());

        assertThat(summary.rowsRead()).isEqualTo(38);
        assertThat(summary.rowsExcluded()).isZero();
        assertThat(trades).filteredOn(Trade::isClosed).hasSize(29);
        assertThat(trades).filteredOn(t -> t.status() == TradeStatus.OPEN).hasSize(9);
        assertThat(summary.firstIssues()).anySatisfy(i -> {
            assertThat(i.kind()).isEqualTo(Kind.PNL_MISMATCH);
            assertThat(i.line()).isEqualTo(11);
            assertThat(i.value()).isEqualTo("20.69");
        });
        assertThat(summary.firstIssues()).anySatisfy(i -> {
            assertThat(i.kind()).isEqualTo(Kind.DURATION_MISMATCH);
            assertThat(i.value()).isEqualTo("55.0");
        });
        assertThat(summary.contentHash()).matches("crc32c\\+crc32:[0-9a-f]{16}");
    }

    @Test
    void read_referenceSample_keepsQuotedQualityWithCommaAndInfiniteRatio() {
        read(SharedReference.sampleTrades());

        assertThat(trades).anySatisfy(t -> assertThat(t.tradeQuality()).isEqualTo("Poor Setup - High Risk, Low Reward"));
        Trade well = trades.stream().filter(t -> t.ticker().equals("WELL")).findFirst().orElseThrow();
        assertThat(well.excursions().mfeMaeRatio().getAsDouble()).isInfinite();
        assertThat(well.positionId()).isEqualTo("WELL_SMA_67_88_2025-07-11");
    }

    @Test
    void read_bomAndCrlf_parsesHeaderAndRows() {
        Path file = writeRaw(dir, "t.csv", "\uFEFF" + HEADER + "\r\n"
                + closed("a", "AAPL", "2025-01-02", "2025-01-10", 100, 110, "Good") + "\r\n");

        ReadSummary summary = read(file);

        assertThat(summary.rowsRead()).isEqualTo(1);
        assertThat(trades.get(0).ticker()).isEqualTo("AAPL");
        assertThat(trades.get(0).pnl()).contains(new BigDecimal("10"));
    }

    @Test
    void read_quotedFieldsWithCommasAndQuotes_keepsText() {
        Path file = writeRaw(dir, "t.csv", "Ticker,Entry_Timestamp,Status,Trade_Quality\n"
                + "MSFT,2025-01-02,Open,\"Poor \"\"Setup\"\", High Risk\"\n");

        read(file);

        assertThat(trades.get(0).tradeQuality()).isEqualTo("Poor \"Setup\", High Risk");
    }

    @Test
    void read_columnsInAnyOrderWithUnknownColumns_usesHeaderNames() {
        Path file = writeRaw(dir, "t.csv", "Status,Notes,PnL,Ticker,Entry_Timestamp,Exit_Timestamp,Return\n"
                + "Closed,whatever,5.5,nvda,2025-02-03 10:30:00,2025-02-05,0.05\n");

        ReadSummary summary = read(file);

        assertThat(trades.get(0).ticker()).isEqualTo("NVDA");
        assertThat(trades.get(0).entryDate()).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(trades.get(0).returnValue()).contains(new BigDecimal("0.05"));
        assertThat(summary.issueCounts()).doesNotContainKey(Kind.UNPARSEABLE_FIELD);
    }

    @Test
    void read_nonFiniteRatios_keptAsNonFinite() {
        Path file = writeRaw(dir, "t.csv", "Ticker,Entry_Timestamp,Status,MFE_MAE_Ratio,Exit_Efficiency\n"
                + "A,2025-01-02,Open,-inf,nan\n");

        ReadSummary summary = read(file);

        assertThat(trades.get(0).excursions().mfeMaeRatio().getAsDouble()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(trades.get(0).excursions().exitEfficiency().getAsDouble()).isNaN();
        assertThat(summary.issueTotal()).isZero();
    }

    @Test
    void read_missingRequiredColumn_namesMissingAndFoundColumns() {
        Path file = writeRaw(dir, "t.csv", "Ticker,Entry_Timestamp,PnL\nA,2025-01-02,1\n");

        assertThatThrownBy(() -> read(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 1").hasMessageContaining("missing required column(s) Status")
                .hasMessageContaining("columns found: Ticker, Entry_Timestamp, PnL");
    }

    @Test
    void read_unknownStatus_excludesRowAndReportsLineColumnValue() {
        Path file = write(dir, "t.csv", closed("a", "A", "2025-01-02", "2025-01-03", 10, 11, "Good"),
                closed("b", "B", "2025-01-02", "2025-01-03", 10, 11, "Good").replace(",Closed,", ",Pending,"));

        ReadSummary summary = read(file);

        assertThat(summary.rowsExcluded()).isEqualTo(1);
        assertThat(trades).hasSize(1);
        TradeIssue issue = summary.firstIssues().get(0);
        assertThat(issue.kind()).isEqualTo(Kind.UNKNOWN_STATUS);
        assertThat(issue.line()).isEqualTo(3);
        assertThat(issue.column()).isEqualTo("Status");
        assertThat(issue.value()).isEqualTo("Pending");
    }

    @Test
    void read_unparseableEntryDate_excludesRow() {
        Path file = write(dir, "t.csv", closed("a", "A", "2025-01-02", "2025-01-03", 10, 11, "Good")
                .replace("2025-01-02 00:00:00", "02/01/2025"));

        ReadSummary summary = read(file);

        assertThat(summary.rowsExcluded()).isEqualTo(1);
        assertThat(summary.firstIssues().get(0).kind()).isEqualTo(Kind.UNUSABLE_ROW);
        assertThat(summary.firstIssues().get(0).column()).isEqualTo("Entry_Timestamp");
    }

    @Test
    void read_closedWithoutExitDateOrPnl_reportsBoth() {
        Path file = writeRaw(dir, "t.csv", "Ticker,Entry_Timestamp,Exit_Timestamp,Status,PnL,Return\n"
                + "A,2025-01-02,,Closed,,0.02\n");

        ReadSummary summary = read(file);

        assertThat(summary.issueCounts()).containsEntry(Kind.CLOSED_WITHOUT_EXIT_DATE, 1L)
                .containsEntry(Kind.CLOSED_WITHOUT_PNL, 1L);
        assertThat(trades).hasSize(1);
    }

    @Test
    void read_openTradeWithExit_reported() {
        Path file = writeRaw(dir, "t.csv", "Ticker,Entry_Timestamp,Exit_Timestamp,Status\n"
                + "A,2025-01-02,2025-01-05,Open\n");

        ReadSummary summary = read(file);

        assertThat(summary.firstIssues().get(0).kind()).isEqualTo(Kind.OPEN_WITH_EXIT);
        assertThat(summary.firstIssues().get(0).value()).isEqualTo("2025-01-05");
    }

    @Test
    void read_pnlDisagreeingWithPrices_reportedButKeptAsExported() {
        Path file = write(dir, "t.csv", closed("a", "A", "2025-01-02", "2025-01-03", 10, 11, "Good")
                .replace(",1,0.1,", ",1.5,0.1,"));

        ReadSummary summary = read(file);

        assertThat(summary.issueCounts()).containsEntry(Kind.PNL_MISMATCH, 1L);
        assertThat(trades.get(0).pnl()).contains(new BigDecimal("1.5"));
    }

    @Test
    void read_shortTrade_pnlCheckedWithShortSign() {
        Path file = writeRaw(dir, "t.csv", "Ticker,Entry_Timestamp,Exit_Timestamp,Status,Direction,Avg_Entry_Price,"
                + "Avg_Exit_Price,Position_Size,PnL\nA,2025-01-02,2025-01-03,Closed,Short,10,9,2,2\n");

        ReadSummary summary = read(file);

        assertThat(summary.issueCounts()).doesNotContainKey(Kind.PNL_MISMATCH);
    }

    @Test
    void read_durationDisagreeingWithDates_reported() {
        Path file = write(dir, "t.csv", closed("a", "A", "2025-01-02", "2025-01-12", 10, 11, "Good")
                .replace(",10.0,,Closed", ",3.0,,Closed"));

        ReadSummary summary = read(file);

        assertThat(summary.issueCounts()).containsEntry(Kind.DURATION_MISMATCH, 1L);
        assertThat(summary.firstIssues().get(0).reason()).contains("10 days apart");
    }

    // Unquoted ids are confirmed by scanning the file's bytes, quoted ones by the CSV parser; a quoted field over two
    // lines between them moves the line numbers the same way for both.
    @ParameterizedTest
    @ValueSource(strings = {"same", "\"same\""})
    void read_duplicatePositionId_reportsTheLaterLineAndTheFirst(String id) {
        Path file = write(dir, "t.csv", closed(id, "A", "2025-01-02", "2025-01-03", 10, 11, "\"Good,\nsee notes\""),
                closed("other", "B", "2025-01-02", "2025-01-03", 10, 11, "Good"),
                closed(id, "C", "2025-01-02", "2025-01-03", 10, 11, "Good"));

        ReadSummary summary = read(file);

        assertThat(summary.issueCounts()).containsEntry(Kind.DUPLICATE_POSITION_ID, 1L);
        TradeIssue issue = summary.firstIssues().get(0);
        assertThat(issue.line()).isEqualTo(5);
        assertThat(issue.value()).isEqualTo("same");
        assertThat(issue.reason()).contains("line 2");
        assertThat(summary.duplicateCheckExact()).isTrue();
    }

    @Test
    void read_manyDistinctIds_reportsNoDuplicate() {
        String[] rows = new String[5000];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = closed("id-" + i, "A", "2025-01-02", "2025-01-03", 10, 11, "Good");
        }

        ReadSummary summary = read(write(dir, "t.csv", rows));

        assertThat(summary.issueCounts()).doesNotContainKey(Kind.DUPLICATE_POSITION_ID);
    }

    @Test
    void read_unparseableOptionalField_ignoredAndReported() {
        Path file = write(dir, "t.csv", closed("a", "A", "2025-01-02", "2025-01-03", 10, 11, "Good")
                .replace(",0.1,0.05,", ",high,0.05,"));

        ReadSummary summary = read(file);

        assertThat(summary.firstIssues().get(0).kind()).isEqualTo(Kind.UNPARSEABLE_FIELD);
        assertThat(summary.firstIssues().get(0).column()).isEqualTo("Max_Favourable_Excursion");
        assertThat(trades.get(0).excursions().mfe()).isEmpty();
    }

    @Test
    void read_fieldCountDifferentFromHeader_reported() {
        Path file = writeRaw(dir, "t.csv", "Ticker,Entry_Timestamp,Status\nA,2025-01-02,Open,extra\n");

        ReadSummary summary = read(file);

        assertThat(summary.issueCounts()).containsEntry(Kind.FIELD_COUNT_MISMATCH, 1L);
    }

    @Test
    void read_openTrade_derivesDaysFromAsOfAndCountsDerivations() {
        Path file = write(dir, "t.csv", open("o", "A", "2025-07-09", 10, 0.05));

        ReadSummary summary = read(file);

        Trade trade = trades.get(0);
        assertThat(trade.durationDays().getAsDouble()).isEqualTo(10.0);
        assertThat(trade.daysSinceEntry().getAsDouble()).isEqualTo(10.0);
        assertThat(trade.tradeType()).isEqualTo("Momentum_Winner");
        assertThat(summary.derivations()).containsEntry("Duration_Days", 1L).containsEntry("Days_Since_Entry", 1L)
                .containsEntry("Trade_Type", 1L);
    }

    @Test
    void read_tradeTypeWithoutQuality_derivedFromReturn() {
        Path file = writeRaw(dir, "t.csv", "Ticker,Entry_Timestamp,Exit_Timestamp,Status,Return,Current_Unrealized_PnL\n"
                + "A,2025-01-02,2025-01-03,Closed,0.2,\n"
                + "B,2025-01-02,2025-01-03,Closed,0.05,\n"
                + "C,2025-01-02,2025-01-03,Closed,-0.2,\n"
                + "D,2025-01-02,,Open,,0.11\n"
                + "E,2025-01-02,2025-01-03,Closed,-0.05,\n");

        read(file);

        assertThat(trades).extracting(Trade::tradeType).containsExactly("Momentum_Winner", "Trend_Follower",
                "Failed_Breakout", "Momentum_Winner", "Standard_Signal");
    }

    @Test
    void read_exportedTradeType_neverOverwritten() {
        read(SharedReference.sampleTrades());

        assertThat(trades).extracting(Trade::tradeType).containsOnly("Long");
    }

    @Test
    void read_emptyFile_stopsWithClearMessage() throws IOException {
        Path file = Files.writeString(dir.resolve("e.csv"), "");

        assertThatThrownBy(() -> read(file)).isInstanceOf(InvalidInputException.class).hasMessageContaining("is empty");
    }

    @Test
    void read_headerOnly_stopsWithNoDataRows() {
        Path file = writeRaw(dir, "h.csv", HEADER + "\n");

        assertThatThrownBy(() -> read(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no data rows");
    }

    @Test
    void read_binaryFile_stopsAsNotCsv() throws IOException {
        Path file = Files.write(dir.resolve("b.csv"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});

        assertThatThrownBy(() -> read(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not a text CSV");
    }

    @Test
    void read_notUtf8_stopsWithEncodingMessage() throws IOException {
        byte[] latin1 = (HEADER + "\nid,CAF\u00c9,SMA,1,2,0,2025-01-02,,1,,1,Long,,,,,Open,,,,,,,,,,1\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("l.csv"), latin1);

        assertThatThrownBy(() -> read(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void read_unclosedQuote_stopsAsInvalidCsv() {
        Path file = writeRaw(dir, "q.csv", "Ticker,Entry_Timestamp,Status\nA,2025-01-02,\"Open\n");

        assertThatThrownBy(() -> read(file)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void replay_streamsTheSameTradesAgain() {
        Path file = write(dir, "t.csv", closed("same", "A", "2025-01-02", "2025-01-03", 10, 11, "Good"),
                closed("same", "B", "2025-01-02", "2025-01-03", 10, 11, "Good"), open("o", "C", "2025-07-01", 10, 0.1));
        read(file);
        List<Trade> again = new ArrayList<>();

        new TradeHistoryReader(AS_OF).replay(file, again::add);

        assertThat(again).isEqualTo(trades);
    }
}
