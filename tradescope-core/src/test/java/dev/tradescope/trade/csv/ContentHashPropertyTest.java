package dev.tradescope.trade.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class ContentHashPropertyTest {

    @Property(tries = 300)
    void combine_equalsTheCrcOfBothSequencesInOne(@ForAll @Size(max = 300) byte[] bytes,
                                                  @ForAll @IntRange(max = 300) int cut) {
        int k = Math.min(cut, bytes.length);

        for (Checksum checksum : new Checksum[] {new CRC32(), new CRC32C()}) {
            long polynomial = checksum instanceof CRC32 ? ContentHash.CRC32_POLYNOMIAL : ContentHash.CRC32C_POLYNOMIAL;
            long whole = crc(checksum, bytes, 0, bytes.length);
            long first = crc(checksum, bytes, 0, k);
            long second = crc(checksum, bytes, k, bytes.length - k);

            assertThat(ContentHash.combine(first, second, bytes.length - k, polynomial))
                    .as(checksum.getClass().getSimpleName()).isEqualTo(whole);
        }
    }

    private static long crc(Checksum checksum, byte[] bytes, int offset, int length) {
        checksum.reset();
        checksum.update(bytes, offset, length);
        return checksum.getValue();
    }

    @Property(tries = 50)
    void followedBy_equalsTheValueOfOneStream(@ForAll @Size(max = 5000) byte[] bytes,
                                                   @ForAll @IntRange(max = 5000) int cut) throws IOException {
        int k = Math.min(cut, bytes.length);
        ContentHash whole = new ContentHash(new ByteArrayInputStream(bytes));
        ContentHash first = new ContentHash(new ByteArrayInputStream(bytes, 0, k));
        ContentHash second = new ContentHash(new ByteArrayInputStream(bytes, k, bytes.length - k));
        whole.readAllBytes();
        first.readAllBytes();
        second.readAllBytes();

        assertThat(first.snapshot().followedBy(second.snapshot()).toString()).isEqualTo(whole.value());
        assertThat(ContentHash.Value.EMPTY.followedBy(first.snapshot()).followedBy(second.snapshot()))
                .isEqualTo(whole.snapshot());
    }
}
