package dev.tradescope.trade.csv;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Hashes the bytes that pass through it with CRC-32C and CRC-32 together: a 64-bit content hash
 * for telling whether an input file changed. Both are hardware-accelerated, so hashing costs a
 * fraction of parsing (a cryptographic digest cost more than the parse itself on large exports).
 * It is not a defence against deliberate collisions, and is not used as one.
 */
final class ContentHash extends FilterInputStream {
    /** The algorithm name written in front of the hex value. */
    static final String ALGORITHM = "crc32c+crc32";

    private final CRC32C crc32c = new CRC32C();
    private final CRC32 crc32 = new CRC32();

    ContentHash(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            crc32c.update(b);
            crc32.update(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            crc32c.update(buffer, offset, n);
            crc32.update(buffer, offset, n);
        }
        return n;
    }

    // Returns "crc32c+crc32:" and 16 hex digits.
    String value() {
        return String.format(java.util.Locale.ROOT, "%s:%08x%08x", ALGORITHM, crc32c.getValue(), crc32.getValue());
    }
}
