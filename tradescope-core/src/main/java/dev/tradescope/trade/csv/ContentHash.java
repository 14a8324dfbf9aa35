package dev.tradescope.trade.csv;

import dev.tradescope.support.Formats;
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
    private long bytesHashed;

    ContentHash(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            crc32c.update(b);
            crc32.update(b);
            bytesHashed++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            crc32c.update(buffer, offset, n);
            crc32.update(buffer, offset, n);
            bytesHashed += n;
        }
        return n;
    }

    // Returns "crc32c+crc32:" and 16 hex digits.
    String value() {
        return snapshot().toString();
    }

    /** Returns the hash of the bytes read so far, which can be combined with the hashes of the parts that follow them. */
    Value snapshot() {
        return new Value(crc32c.getValue(), crc32.getValue(), bytesHashed);
    }

    /**
     * The hash of a sequence of bytes, and its length.
     *
     * @param crc32c its CRC-32C
     * @param crc32  its CRC-32
     * @param bytes  its length
     */
    record Value(long crc32c, long crc32, long bytes) {
        /** The hash of no bytes. */
        static final Value EMPTY = new Value(0, 0, 0);

        /** Returns the hash of these bytes followed by those of {@code later}: of a file whose parts were hashed apart. */
        Value followedBy(Value later) {
            return new Value(combine(crc32c, later.crc32c, later.bytes, CRC32C_POLYNOMIAL),
                    combine(crc32, later.crc32, later.bytes, CRC32_POLYNOMIAL), bytes + later.bytes);
        }

        /** Returns "crc32c+crc32:" and 16 hex digits. */
        @Override
        public String toString() {
            return Formats.format("%s:%08x%08x", ALGORITHM, crc32c, crc32);
        }
    }

    // The polynomials of CRC-32C and CRC-32, bit-reversed as their tables use them.
    static final long CRC32C_POLYNOMIAL = 0x82F63B78L;
    static final long CRC32_POLYNOMIAL = 0xEDB88320L;

    /**
     * The CRC of two byte sequences one after the other from the CRCs of each and the second's length,
     * as zlib's {@code crc32_combine} computes it: appending n zero bytes to the first sequence is a linear
     * map over GF(2), applied by squaring the matrix of one zero bit for each bit of n.
     */
    static long combine(long first, long second, long secondLength, long polynomial) {
        if (secondLength <= 0) {
            return first;
        }
        long[] even = new long[32];
        long[] odd = new long[32];
        odd[0] = polynomial; // the matrix of one zero bit
        long row = 1;
        for (int n = 1; n < 32; n++) {
            odd[n] = row;
            row <<= 1;
        }
        square(even, odd); // two zero bits
        square(odd, even); // four zero bits
        long crc = first;
        long length = secondLength;
        do {
            square(even, odd); // one zero byte, then 4, 16...
            if ((length & 1) != 0) {
                crc = times(even, crc);
            }
            length >>= 1;
            if (length == 0) {
                break;
            }
            square(odd, even);
            if ((length & 1) != 0) {
                crc = times(odd, crc);
            }
            length >>= 1;
        } while (length != 0);
        return crc ^ second;
    }

    private static long times(long[] matrix, long vector) {
        long sum = 0;
        for (int i = 0; vector != 0; i++, vector >>>= 1) {
            if ((vector & 1) != 0) {
                sum ^= matrix[i];
            }
        }
        return sum;
    }

    private static void square(long[] square, long[] matrix) {
        for (int n = 0; n < 32; n++) {
            square[n] = times(matrix, matrix[n]);
        }
    }
}
