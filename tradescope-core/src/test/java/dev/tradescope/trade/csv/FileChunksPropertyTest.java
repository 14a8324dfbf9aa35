package dev.tradescope.trade.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class FileChunksPropertyTest {

    @Property
    void lineBreaks_countsAsFastCsvNumbersLines_whereverTheBytesAreSplit(
            @ForAll @Size(max = 80) List<@From("csvBytes") Byte> bytes, @ForAll @IntRange(max = 80) int split) {
        byte[] buffer = new byte[bytes.size()];
        long expected = 0;
        for (int i = 0; i < buffer.length; i++) {
            buffer[i] = bytes.get(i);
            boolean pairEnd = buffer[i] == '\n' && i > 0 && buffer[i - 1] == '\r';
            expected += (buffer[i] == '\n' || buffer[i] == '\r') && !pairEnd ? 1 : 0;
        }
        int k = Math.min(split, buffer.length);
        FileChunks.LineBreaks lineBreaks = new FileChunks.LineBreaks();

        lineBreaks.count(buffer, 0, k);
        lineBreaks.count(buffer, k, buffer.length);

        assertThat(lineBreaks.value()).isEqualTo(expected);
    }

    @Property(tries = 200)
    void cuts_followTheFirstLineFeedFromEachMultipleOfTheChunkSize(
            @ForAll @Size(min = 1, max = 300) List<@From("csvBytes") Byte> bytes,
            @ForAll @IntRange(min = 1, max = 64) int chunkBytes)
            throws IOException {
        byte[] content = new byte[bytes.size()];
        for (int i = 0; i < content.length; i++) {
            content[i] = bytes.get(i);
        }
        Path file = Files.createTempFile("tradescope-cuts", ".csv");
        try {
            Files.write(file, content);

            long[] cuts = FileChunks.cuts(file, content.length, chunkBytes);

            assertThat(cuts[0]).isZero();
            assertThat(cuts[cuts.length - 1]).isEqualTo(content.length);
            assertThat(cuts).isSorted().doesNotHaveDuplicates();
            for (int i = 1; i < cuts.length - 1; i++) {
                assertThat(content[(int) cuts[i] - 1]).as("the byte before cut %d", cuts[i]).isEqualTo((byte) '\n');
            }
            for (int multiple = chunkBytes; multiple < content.length; multiple += chunkBytes) {
                int lineFeed = multiple;
                while (lineFeed < content.length && content[lineFeed] != '\n') {
                    lineFeed++;
                }
                if (lineFeed + 1 < content.length) {
                    assertThat(cuts).as("a cut after the line feed from %d on", multiple).contains(lineFeed + 1L);
                }
            }
        } finally {
            Files.delete(file);
        }
    }

    // Mostly the bytes that matter and their neighbours with the high bit or other bits set.
    @Provide
    Arbitrary<Byte> csvBytes() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of((byte) '\n', (byte) '\r')),
                Tuple.of(2, Arbitraries.of((byte) 0x8A, (byte) 0x8D, (byte) 0x0B, (byte) 0x09, (byte) 0x00, (byte) 0xFF,
                        (byte) 0x7F, (byte) 0x80, (byte) 0x2A, (byte) 0x1A)),
                Tuple.of(2, Arbitraries.bytes()));
    }
}
