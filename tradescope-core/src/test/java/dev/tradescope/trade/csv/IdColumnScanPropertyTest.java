package dev.tradescope.trade.csv;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/** The byte scan of the id column finds the ids and lines that FastCSV and {@link CsvRow} find, in any quote-free file. */
class IdColumnScanPropertyTest {

    /** The ids a reading finds, as "line id". */
    private static final class Found implements IdColumnScan.Ids {
        final List<String> ids = new ArrayList<>();

        @Override
        public void ascii(byte[] bytes, int from, int to, long hash, long line) {
            String id = new String(bytes, from, to - from, StandardCharsets.US_ASCII);
            assertThat(hash).as("hash of %s", id).isEqualTo(DuplicateIdDetector.hash(id));
            ids.add(line + " " + id);
        }

        @Override
        public void text(String id, long line) {
            ids.add(line + " " + id);
        }
    }

    // The ids the scan finds; null when it leaves the file to the parser.
    private static List<String> scanned(byte[] file, long firstLine, boolean header, int idColumn) {
        Found found = new Found();
        try {
            return IdColumnScan.scan(new ByteArrayInputStream(file), firstLine, header, idColumn, found, () -> false)
                    ? found.ids : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // As the confirming pass's parsing reads them: FastCSV into a CsvRow, the header skipped.
    private static List<String> parsed(byte[] file, long linesBefore, boolean header, int idColumn) {
        List<String> ids = new ArrayList<>();
        CsvRow.Handler handler = new CsvRow.Handler(linesBefore);
        try (CsvReader<CsvRow> csv = CsvReader.builder().extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE).skipEmptyLines(true).allowUnclosedQuote(false)
                .build(handler, new InputStreamReader(new ByteArrayInputStream(file), StandardCharsets.UTF_8))) {
            Iterator<CsvRow> records = csv.iterator();
            if (header && records.hasNext()) {
                records.next();
            }
            while (records.hasNext()) {
                CsvRow row = records.next();
                if (!row.isEmpty(idColumn)) {
                    ids.add(row.line() + " " + row.text(idColumn));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    @Property(tries = 2_000)
    void scan_findsTheIdsAndLinesOfTheParser(@ForAll("files") String text, @ForAll @IntRange(max = 3) int idColumn,
                                             @ForAll boolean header, @ForAll @IntRange(max = 50) int linesBefore) {
        byte[] file = text.getBytes(StandardCharsets.UTF_8);
        List<String> scanned = scanned(file, linesBefore + 1, header, idColumn);
        boolean idQuoted = text.contains("\"") && !text.replaceAll("\"[^\"]*\"", "").isEmpty() && scanned == null;
        Statistics.label("left to the parser").collect(scanned == null);

        if (scanned != null) {
            assertThat(scanned).isEqualTo(parsed(file, linesBefore, header, idColumn));
        } else {
            assertThat(idQuoted).as("only a file with quotes is left to the parser").isTrue();
        }
    }

    @Test
    void scan_quotedOtherFields_followsThemAcrossLines() {
        byte[] file = ("\"Position_UUID\",Quality,Ticker\na,\"Poor, late\",T\nb,\"two\r\nlines, \"\"quoted\"\"\",T\r\n"
                + "c,\"\",T\nd,x\"y,T\n").getBytes(StandardCharsets.UTF_8);

        assertThat(scanned(file, 1, true, 0)).containsExactly("2 a", "3 b", "5 c", "6 d")
                .isEqualTo(parsed(file, 0, true, 0));
    }

    @Test
    void scan_aQuotedIdOrTextAfterAClosingQuote_isLeftToTheParser() {
        assertThat(scanned("Position_UUID,Ticker\na,T\n\"b\",T\n".getBytes(StandardCharsets.UTF_8), 1, true, 0))
                .isNull();
        assertThat(scanned("Position_UUID,Ticker\na,\"T\"x\n".getBytes(StandardCharsets.UTF_8), 1, true, 0)).isNull();
        assertThat(scanned("Position_UUID,Ticker\na,\"T\n".getBytes(StandardCharsets.UTF_8), 1, true, 0)).isNull();
    }

    @Test
    void scan_knownFile_givesItsIds() {
        byte[] file = ("\uFEFFTicker,Position_UUID\r\nA, id-1 \r\n\r\nB,id-2\rC,\n\nD,\u00e9t\u00e9\u2003\nE,x\n   \nF")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(scanned(file, 1, true, 1)).containsExactly("2 id-1", "4 id-2", "7 \u00e9t\u00e9", "8 x");
    }

    @Provide
    Arbitrary<String> files() {
        Arbitrary<String> field = Arbitraries.oneOf(
                Arbitraries.strings().withChars("abcXYZ019-_.:/ ").ofMaxLength(12),
                Arbitraries.strings().withChars("ab \t\u000B\f\u001C\u00A0\u2003\u00e9\u4e2d\uD83D\uDE00#;'").ofMaxLength(6),
                Arbitraries.strings().withChars("ab ,\r\n\"").ofMaxLength(8)
                        .map(inside -> "\"" + inside.replace("\"", "\"\"") + "\""),
                // a quote after the field's start is text
                Arbitraries.strings().withChars("ab \"").ofMinLength(1).ofMaxLength(5).filter(f -> !f.startsWith("\"")),
                Arbitraries.just(""));
        Arbitrary<String> record = field.list().ofMinSize(1).ofMaxSize(5).map(fields -> String.join(",", fields));
        Arbitrary<String> lineEnd = Arbitraries.of("\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\n\r");
        Arbitrary<String> line = Combinators.combine(record, lineEnd).as((r, end) -> r + end);
        return Combinators.combine(Arbitraries.of("", "\uFEFF"), line.list().ofMaxSize(12), Arbitraries.of("", "last,x"))
                .as((bom, lines, last) -> bom + String.join("", lines) + last);
    }
}
