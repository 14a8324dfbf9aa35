package dev.tradescope.trade.csv;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Byte-level helpers for reading a file in chunks: where to cut it, a stream that ends at a cut, and the
 * count of line breaks that numbers the lines after it.
 *
 * <p>Each cut is put just after a line feed. Whether that is the end of a record (and not a line break
 * inside a quoted field) only a reading from the start can tell: the reader of the bytes before the cut,
 * started at the end of a record, ends in the middle of a quoted field exactly when it is not, and then
 * fails on an unclosed quote.
 */
final class FileChunks {
    // How far past each multiple of the chunk size a line feed is looked for.
    private static final int SEARCH_BYTES = 1 << 20;
    private static final int READ_BYTES = 1 << 12;

    private FileChunks() {
    }

    /**
     * Returns where to cut a file of {@code size} bytes into chunks of about {@code chunkBytes}: 0, then
     * the offset just after the first line feed from each multiple of {@code chunkBytes} on (where there is
     * one within a megabyte, and not at the end), then {@code size}. A file of one chunk gives {0, size}.
     */
    static long[] cuts(Path file, long size, long chunkBytes) throws IOException {
        if (chunkBytes <= 0) {
            throw new IllegalArgumentException("chunkBytes must be positive, was " + chunkBytes);
        }
        long[] cuts = new long[(int) Math.min(Integer.MAX_VALUE - 8, size / chunkBytes + 2)];
        int count = 1; // cuts[0] = 0
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(READ_BYTES);
            for (long from = chunkBytes; from < size; from += chunkBytes) {
                long cut = afterLineFeed(channel, buffer, from, Math.min(size, from + SEARCH_BYTES));
                if (cut > cuts[count - 1] && cut < size) {
                    cuts[count++] = cut;
                }
            }
        }
        cuts[count++] = size;
        return Arrays.copyOf(cuts, count);
    }

    // The offset just after the first line feed in [from, to), or -1.
    private static long afterLineFeed(FileChannel channel, ByteBuffer buffer, long from, long to) throws IOException {
        for (long position = from; position < to; ) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), to - position));
            int n = channel.read(buffer, position);
            if (n <= 0) {
                return -1;
            }
            byte[] bytes = buffer.array();
            for (int i = 0; i < n; i++) {
                if (bytes[i] == '\n') {
                    return position + i + 1;
                }
            }
            position += n;
        }
        return -1;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;
    private static final long CARRIAGE_RETURNS = 0x0D0D0D0D0D0D0D0DL;
    private static final long LOW_SEVEN_BITS = 0x7F7F7F7F7F7F7F7FL;

    /** Returns a stream of the first {@code length} bytes of {@code in} (which may read ahead of them). */
    static InputStream limit(InputStream in, long length) {
        return new Limit(in, length);
    }

    /** The first bytes of a stream. */
    private static final class Limit extends FilterInputStream {
        private long left;

        private Limit(InputStream in, long length) {
            super(in);
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == 1 ? one[0] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left == 0) {
                return len == 0 ? 0 : -1;
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            } else if (n < 0) {
                // the file shrank since its size was taken: the caller reads it again as a whole
                throw new IOException("the stream ended " + left + " bytes before the end of its limit");
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[(int) Math.min(n, 8192)];
            long skipped = 0;
            while (skipped < n) {
                int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
                if (read <= 0) {
                    break;
                }
                skipped += read;
            }
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
    }

    /** Counts the line breaks of bytes passed to it in order, as FastCSV numbers lines: a carriage return, a line feed, or the two together. */
    static final class LineBreaks {
        private long feeds;
        private long returns;
        private long pairs;
        private boolean afterReturn;

        /** Counts the line breaks of {@code b[from, to)}, the bytes that follow those counted so far. */
        void count(byte[] b, int from, int to) {
            // Line feeds and carriage returns in one pass, eight bytes at a time. In x = word ^ pattern, a
            // byte is zero where the byte matched; ~(((x & 0x7F..) + 0x7F..) | x | 0x7F..) has 0x80 in exactly
            // the zero bytes (adding 0x7F to the low seven bits sets the top bit of every byte that has any
            // bit set, and no carry crosses into the next byte).
            long chunkFeeds = 0;
            long chunkReturns = 0;
            int i = from;
            for (; i + Long.BYTES <= to; i += Long.BYTES) {
                long word = (long) LONGS.get(b, i);
                long x = word ^ LINE_FEEDS;
                long y = word ^ CARRIAGE_RETURNS;
                chunkFeeds += Long.bitCount(~(((x & LOW_SEVEN_BITS) + LOW_SEVEN_BITS) | x | LOW_SEVEN_BITS));
                chunkReturns += Long.bitCount(~(((y & LOW_SEVEN_BITS) + LOW_SEVEN_BITS) | y | LOW_SEVEN_BITS));
            }
            for (; i < to; i++) {
                chunkFeeds += b[i] == '\n' ? 1 : 0;
                chunkReturns += b[i] == '\r' ? 1 : 0;
            }
            feeds += chunkFeeds;
            if (chunkReturns > 0 || afterReturn) {
                returns += chunkReturns;
                for (int k = from; k < to; k++) {
                    if (b[k] == '\n' && afterReturn) {
                        pairs++;
                    }
                    afterReturn = b[k] == '\r';
                }
            }
        }

        /** The line breaks counted so far. */
        long value() {
            return feeds + returns - pairs;
        }
    }
}
