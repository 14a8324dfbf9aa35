package dev.tradescope.trade.csv;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Byte-level helpers for reading a file in two halves: where to cut it, how many lines come before the
 * cut, and a stream that ends at the cut.
 *
 * <p>The cut is put just after a line feed near the middle. Whether that is the end of a record (and
 * not a line break inside a quoted field) only a reading from the start can tell: the first half's
 * reader ends in the middle of a quoted field exactly when it is not, and then fails on an unclosed
 * quote.
 */
final class FileHalves {
    // How far past the middle a line feed is looked for.
    private static final int SEARCH_BYTES = 1 << 20;

    private FileHalves() {
    }

    /** Returns the offset just after the first line feed from the middle of the file on, if there is one near it. */
    static OptionalLong cut(Path file, long size) throws IOException {
        long middle = size / 2;
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(middle);
            byte[] bytes = in.readNBytes((int) Math.min(SEARCH_BYTES, size - middle));
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    long cut = middle + i + 1;
                    return cut < size ? OptionalLong.of(cut) : OptionalLong.empty();
                }
            }
        }
        return OptionalLong.empty();
    }

    /**
     * Counts the line breaks of the file's first {@code end} bytes as FastCSV numbers lines: a carriage
     * return, a line feed, or the two together, inside quoted fields as well.
     */
    static long lineBreaks(Path file, long end) throws IOException {
        long[] feedsAndReturns = new long[2];
        scan(file, end, (buffer, n) -> {
            feedsAndReturns[0] += count(buffer, n, LINE_FEEDS);
            feedsAndReturns[1] += count(buffer, n, CARRIAGE_RETURNS);
        });
        if (feedsAndReturns[1] == 0) {
            return feedsAndReturns[0];
        }
        // Carriage returns: a second look, for those followed by a line feed (one line break, not two).
        long[] pairs = new long[1];
        int[] previous = new int[1];
        scan(file, end, (buffer, n) -> {
            for (int i = 0; i < n; i++) {
                int c = buffer[i];
                if (c == '\n' && previous[0] == '\r') {
                    pairs[0]++;
                }
                previous[0] = c;
            }
        });
        return feedsAndReturns[0] + feedsAndReturns[1] - pairs[0];
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;
    private static final long CARRIAGE_RETURNS = 0x0D0D0D0D0D0D0D0DL;
    private static final long LOW_SEVEN_BITS = 0x7F7F7F7F7F7F7F7FL;

    // The bytes of buffer[0, n) equal to the byte repeated in `pattern`, eight at a time: the second
    // thread of a two-half read counts the first half's lines before it starts, so this is on its path.
    static long count(byte[] buffer, int n, long pattern) {
        long count = 0;
        int i = 0;
        for (; i + Long.BYTES <= n; i += Long.BYTES) {
            long x = (long) LONGS.get(buffer, i) ^ pattern; // a zero byte where the byte matched
            // 0x80 in exactly the zero bytes: adding 0x7F to the low seven bits sets the top bit of every
            // byte that has any bit set, and no carry crosses into the next byte
            long zeros = ~(((x & LOW_SEVEN_BITS) + LOW_SEVEN_BITS) | x | LOW_SEVEN_BITS);
            count += Long.bitCount(zeros);
        }
        byte single = (byte) pattern;
        for (; i < n; i++) {
            count += buffer[i] == single ? 1 : 0;
        }
        return count;
    }

    private interface Chunk {
        void take(byte[] buffer, int length);
    }

    private static void scan(Path file, long end, Chunk chunk) throws IOException {
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            long left = end;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new IOException(file + ": shorter than " + end + " bytes");
                }
                chunk.take(buffer, n);
                left -= n;
            }
        }
    }

    /** Returns a stream of the first {@code length} bytes of {@code in} (which may read ahead of them). */
    static InputStream prefix(InputStream in, long length) {
        return new FilterInputStream(in) {
            private long left = length;

            @Override
            public int read() throws IOException {
                if (left == 0) {
                    return -1;
                }
                int b = super.read();
                if (b >= 0) {
                    left--;
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left == 0) {
                    return len == 0 ? 0 : -1;
                }
                int n = super.read(b, off, (int) Math.min(len, left));
                if (n > 0) {
                    left -= n;
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(Math.min(n, left));
                left -= skipped;
                return skipped;
            }

            @Override
            public int available() throws IOException {
                return (int) Math.min(super.available(), left);
            }

            @Override
            public void close() {
                // the whole stream is closed by its owner, after reading the rest of it
            }

            @Override
            public boolean markSupported() {
                return false;
            }
        };
    }
}
