package dev.tradescope.trade.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

class FileChunksTest {
    @TempDir
    Path dir;

    @Test
    void cuts_areJustAfterTheFirstLineFeedFromEachMultipleOfTheChunkSize() throws IOException {
        Path file = Files.writeString(dir.resolve("c.csv"), "aaaa\nbbbbbbbb\ncc\ndd\n");

        assertThat(FileChunks.cuts(file, Files.size(file), 4)).containsExactly(0, 5, 14, 17, 20);
    }

    @Test
    void cuts_aLineLongerThanAChunk_makesOneChunkOfIt() throws IOException {
        Path file = Files.writeString(dir.resolve("c.csv"), "a\nbbbbbbbbbbbbbb\ncc\n");

        assertThat(FileChunks.cuts(file, Files.size(file), 4)).containsExactly(0, 17, 20);
    }

    @Test
    void cuts_noLineFeedBeforeTheEnd_oneChunk() throws IOException {
        Path file = Files.writeString(dir.resolve("c.csv"), "a\nbbbbbbbbbbbb\n");

        assertThat(FileChunks.cuts(file, Files.size(file), 8)).containsExactly(0, 15);
        assertThat(FileChunks.cuts(file, Files.size(file), 100)).containsExactly(0, 15);
    }

    @Test
    void lineBreaks_countAsFastCsvNumbersLines_whateverTheReadsSizes() throws IOException {
        String text = "h1,h2\r\nx,\"multi\nline\r\nfield\"\r\r\ny,2\n\nz,\"a\rb\"\r\n\r";
        Path file = Files.writeString(dir.resolve("l.csv"), text + "\nlast,1\n");
        List<Long> starts = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
            csv.forEach(record -> starts.add(record.getStartingLineNumber()));
        }
        // the text ends with a carriage return whose line feed comes after it: one line break
        long expected = starts.get(starts.size() - 1) - 1;
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

        for (int readSize : new int[] {1, 2, 3, 5, 7, 8, 9, 16, 4096}) {
            FileChunks.LineBreaks lineBreaks = new FileChunks.LineBreaks();
            for (int from = 0; from < bytes.length; from += readSize) {
                lineBreaks.count(bytes, from, Math.min(bytes.length, from + readSize));
            }
            assertThat(lineBreaks.value()).as("reads of %d bytes", readSize).isEqualTo(expected);
        }
    }

    @Test
    void limit_longerThanTheStream_fails() throws IOException {
        Path file = Files.writeString(dir.resolve("s.csv"), "a\nb\n");
        try (InputStream in = Files.newInputStream(file)) {
            InputStream limit = FileChunks.limit(in, 10);

            assertThatThrownBy(limit::readAllBytes).isInstanceOf(IOException.class).hasMessageContaining("6 bytes");
        }
    }

    @Test
    void limit_endsAtItsLength() throws IOException {
        Path file = Files.writeString(dir.resolve("p.csv"), "0123456789");
        try (InputStream in = Files.newInputStream(file)) {
            InputStream limit = FileChunks.limit(in, 4);

            assertThat(new String(limit.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("0123");
            assertThat(limit.read()).isEqualTo(-1);
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("456789");
        }
    }
}
