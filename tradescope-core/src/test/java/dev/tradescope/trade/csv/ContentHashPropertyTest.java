package dev.tradescope.trade.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class ContentHashPropertyTest {

    @Property(tries = 300)
    void combine_equalsTheCrcOfBothSequencesInOne(@ForAll @Size(max = 300) byte[] bytes,
                                                  @ForAll @IntRange(max = 300) int cut) {
        int k = Math.min(cut, bytes.length);
        CRC32 whole32 = new CRC32();
        whole32.update(bytes);
        CRC32 first32 = new CRC32();
        first32.update(bytes, 0, k);
        CRC32 second32 = new CRC32();
        second32.update(bytes, k, bytes.length - k);
        CRC32C whole32c = new CRC32C();
        whole32c.update(bytes);
        CRC32C first32c = new CRC32C();
        first32c.update(bytes, 0, k);
        CRC32C second32c = new CRC32C();
        second32c.update(bytes, k, bytes.length - k);

        assertThat(ContentHash.combine(first32.getValue(), second32.getValue(), bytes.length - k,
                ContentHash.CRC32_POLYNOMIAL)).isEqualTo(whole32.getValue());
        assertThat(ContentHash.combine(first32c.getValue(), second32c.getValue(), bytes.length - k,
                ContentHash.CRC32C_POLYNOMIAL)).isEqualTo(whole32c.getValue());
    }

    @Property(tries = 50)
    void valueFollowedBy_equalsTheValueOfOneStream(@ForAll @Size(max = 5000) byte[] bytes,
                                                   @ForAll @IntRange(max = 5000) int cut) throws IOException {
        int k = Math.min(cut, bytes.length);
        ContentHash whole = new ContentHash(new ByteArrayInputStream(bytes));
        ContentHash first = new ContentHash(new ByteArrayInputStream(bytes, 0, k));
        ContentHash second = new ContentHash(new ByteArrayInputStream(bytes, k, bytes.length - k));
        whole.readAllBytes();
        first.readAllBytes();
        second.readAllBytes();

        assertThat(first.valueFollowedBy(second)).isEqualTo(whole.value());
    }
}
