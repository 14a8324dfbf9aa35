package dev.tradescope.trade.csv;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileHalvesTest {
    @TempDir
    Path dir;

    @Test
    void cut_isJustAfterTheFirstLineFeedFromTheMiddle() throws IOException {
        Path file = Files.writeString(dir.resolve("c.csv"), "aaaa\nbbbbbbbb\ncc\n");

        assertThat(FileHalves.cut(file, Files.size(file))).hasValue(14);
    }

    @Test
    void cut_noLineFeedBeforeTheEnd_none() throws IOException {
        Path file = Files.writeString(dir.resolve("c.csv"), "a\nbbbbbbbbbbbb\n");

        assertThat(FileHalves.cut(file, Files.size(file))).isEmpty();
    }

    @Test
    void lineBreaks_countsAsFastCsvNumbersLines() throws IOException {
        String text = "h1,h2\r\nx,\"multi\nline\r\nfield\"\r\r\ny,2\n\nz,\"a\rb\"\n";
        Path file = Files.writeString(dir.resolve("l.csv"), text + "last,1\n");
        List<Long> starts = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
            csv.forEach(record -> starts.add(record.getStartingLineNumber()));
        }

        assertThat(FileHalves.lineBreaks(file, text.length()) + 1).isEqualTo(starts.get(starts.size() - 1));
        assertThat(FileHalves.lineBreaks(file, 7)).isEqualTo(1);
    }

    @Test
    void prefix_endsAtItsLength() throws IOException {
        Path file = Files.writeString(dir.resolve("p.csv"), "0123456789");
        try (InputStream in = Files.newInputStream(file)) {
            InputStream prefix = FileHalves.prefix(in, 4);

            assertThat(new String(prefix.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("0123");
            assertThat(prefix.read()).isEqualTo(-1);
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("456789");
        }
    }
}
