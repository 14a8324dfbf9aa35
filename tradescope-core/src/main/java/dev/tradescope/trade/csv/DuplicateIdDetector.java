package dev.tradescope.trade.csv;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Finds repeated position ids in bounded memory. A Bloom filter (blocked: each id's bits share one
 * cache line) remembers every id seen; an id that the filter says it has seen becomes a suspect.
 * Suspects are confirmed by a second pass over the file, so false positives of the filter never
 * become reported duplicates; the filter itself is released before that pass ({@link #finish}). A
 * suspect is kept as its 64-bit hash, not as its text: 8 to 16 bytes instead of about 110 for a UUID
 * in a set, so that the suspects of a long export, whose filter fills, stay small (at most 16 MB, for
 * {@link #MAX_SUSPECTS}); another id of the same hash only becomes a false suspect too, which the
 * second pass, comparing the ids themselves, does not report.
 *
 * <p>The filter is sized from the file: two bits per byte of input (a row of the export is well over
 * 100 bytes, so at least 200 bits per id), at most 2<sup>27</sup> bits (16 MB), which every file of
 * more than 32 MB gets ({@link #LARGEST_FROM_BYTES}). Memory therefore stops growing at that size; on
 * files far larger, the filter fills and more suspects go to the confirming pass.
 *
 * <p>Several threads may offer ids at once, each through its own {@link Feed}: an id's bits are tested
 * and set under a lock bit of its block, so of two threads offering the same id, one always finds the
 * other's bits.
 */
final class DuplicateIdDetector {
    private static final int MIN_BITS_LOG2 = 12;
    private static final int MAX_BITS_LOG2 = 27;
    private static final int BLOCK_BITS_LOG2 = 9; // 512 bits: eight longs
    private static final int BATCH = 64;
    /** How many suspects are kept at most; past that, some duplicates may go unreported. */
    static final int MAX_SUSPECTS = 1 << 20;
    // The highest bit of a block's first word is its lock; that word's filter bits are the other 63.
    private static final long LOCK = 1L << 63;
    private static final VarHandle WORDS = MethodHandles.arrayElementVarHandle(long[].class);

    private final int bitsLog2;
    private long[] bits; // null once released by finish()
    private final Suspects suspects = new Suspects();
    private final Feed own;

    /** A detector for an input of {@code inputBytes} bytes. */
    DuplicateIdDetector(long inputBytes) {
        this.bitsLog2 = bitsLog2For(inputBytes);
        this.bits = new long[(1 << bitsLog2) / 64];
        this.own = feed();
    }

    /** The input size from which the filter is its largest, 2<sup>27</sup> bits (16 MB). */
    static final long LARGEST_FROM_BYTES = (1L << (MAX_BITS_LOG2 - 2)) + 1;
    /** The filter's largest size in bytes. */
    static final long LARGEST_BYTES = 1L << (MAX_BITS_LOG2 - 3);

    // log2 of the filter's size in bits: the next power of two of two bits per input byte, bounded.
    static int bitsLog2For(long inputBytes) {
        long wanted = Math.max(1, inputBytes) * 2;
        int log2 = 64 - Long.numberOfLeadingZeros(wanted - 1);
        return Math.max(MIN_BITS_LOG2, Math.min(MAX_BITS_LOG2, log2));
    }

    /** The filter's size in bytes (0 once {@link #finish() released}). */
    long filterBytes() {
        return bits == null ? 0 : bits.length * 8L;
    }

    /** Returns a feed of ids into this filter for one more thread; it must be flushed before {@link #suspects}. */
    Feed feed() {
        return new Feed();
    }

    /** Records an id, from the thread that made this detector; an id the filter may have seen before becomes a suspect. */
    void offer(String id) {
        own.offer(id);
    }

    /**
     * The ids that may occur more than once (every id offered so far is taken into account). Read it
     * once every thread's feed is flushed and the threads are done with it.
     */
    Suspects suspects() {
        own.flush();
        return suspects;
    }

    /**
     * Ends the offering: the ids of this thread's feed are filtered, then the filter is released (its memory,
     * 16 MB for a large file, can be reclaimed before the suspects are confirmed) and the suspects returned.
     * Every other thread's feed must have been flushed; no id may be offered afterwards.
     */
    Suspects finish() {
        own.flush();
        bits = null;
        return suspects;
    }

    // True when more suspects came than could be confirmed: some duplicates may go unreported.
    boolean overflowed() {
        own.flush();
        return suspects.overflowed();
    }

    /** Ids offered by one thread, filtered in batches. */
    final class Feed {
        private final String[] pending = new String[BATCH];
        private final long[] hashes = new long[BATCH];
        private int pendingCount;
        private long touched; // the blocks' words read ahead, kept so that the reads are not optimised away

        /** Records an id; an id the filter may have seen before becomes a suspect. */
        void offer(String id) {
            pending[pendingCount++] = id;
            if (pendingCount == BATCH) {
                flush();
            }
        }

        // Ids are filtered in batches: hashing them all and reading their blocks first lets the processor
        // wait for several cache misses at once instead of one after the other between rows of parsing.
        void flush() {
            if (pendingCount == 0) {
                return;
            }
            long[] bits = DuplicateIdDetector.this.bits;
            if (bits == null) {
                throw new IllegalStateException("ids offered after the filter was released");
            }
            int blockShift = 64 - (bitsLog2 - BLOCK_BITS_LOG2);
            long touch = 0;
            for (int k = 0; k < pendingCount; k++) {
                hashes[k] = hash(pending[k]);
            }
            for (int k = 0; k < pendingCount; k++) {
                touch ^= bits[(int) (hashes[k] >>> blockShift) << 3];
            }
            touched = touch;
            for (int k = 0; k < pendingCount; k++) {
                long h = hashes[k];
                if (add(bits, (int) (h >>> blockShift) << 3, h * 0xC2B2AE3D27D4EB4FL)) {
                    suspects.add(h);
                }
                pending[k] = null;
            }
            pendingCount = 0;
        }

        // Sets the id's eight bits, all in one block of eight longs (one cache line), one bit per long;
        // tells whether they were all set already.
        private boolean add(long[] bits, int block, long g) {
            long first = lock(bits, block);
            long mask = 1L << ((g & 63) % 63);
            boolean seen = (first & mask) != 0;
            long unlocked = first | mask;
            for (int i = 1; i < 8; i++) {
                mask = 1L << ((g >>> (i * 6)) & 63);
                long word = bits[block + i];
                if ((word & mask) == 0) {
                    seen = false;
                    bits[block + i] = word | mask;
                }
            }
            WORDS.setRelease(bits, block, unlocked);
            return seen;
        }

        private long lock(long[] bits, int block) {
            while (true) {
                long first = (long) WORDS.getVolatile(bits, block);
                if ((first & LOCK) == 0 && WORDS.compareAndSet(bits, block, first, first | LOCK)) {
                    return first;
                }
                Thread.onSpinWait();
            }
        }
    }

    /**
     * The hashes of the suspect ids, in an open-addressing table that doubles as it fills. Threads add
     * to it under its lock; it is read without one, once they are done (see {@link #suspects()}).
     */
    static final class Suspects {
        private long[] table = new long[64]; // 0 marks an empty slot; the hash 0 is kept apart
        private boolean zero;
        private int size;
        private boolean overflowed;

        synchronized void add(long hash) {
            if (contains(hash)) {
                return;
            }
            if (size == MAX_SUSPECTS) {
                overflowed = true;
                return;
            }
            if (hash == 0) {
                zero = true;
            } else {
                if (2 * (size + 1) > table.length) {
                    long[] larger = new long[table.length * 2];
                    for (long kept : table) {
                        if (kept != 0) {
                            insert(larger, kept);
                        }
                    }
                    table = larger;
                }
                insert(table, hash);
            }
            size++;
        }

        private static void insert(long[] table, long hash) {
            int mask = table.length - 1;
            int i = (int) hash & mask;
            while (table[i] != 0) {
                i = (i + 1) & mask;
            }
            table[i] = hash;
        }

        private boolean contains(long hash) {
            if (hash == 0) {
                return zero;
            }
            long[] slots = table;
            int mask = slots.length - 1;
            for (int i = (int) hash & mask; slots[i] != 0; i = (i + 1) & mask) {
                if (slots[i] == hash) {
                    return true;
                }
            }
            return false;
        }

        /** Tells whether {@code id} is a suspect: it, or another id of the same hash, was seen more than once. */
        boolean mayRepeat(String id) {
            return contains(hash(id));
        }

        /** Tells whether an id of this {@linkplain DuplicateIdDetector#hash hash} is a suspect. */
        boolean mayRepeat(long idHash) {
            return contains(idHash);
        }

        /** How many suspect hashes there are. */
        int size() {
            return size;
        }

        boolean isEmpty() {
            return size == 0;
        }

        // True when more suspects came than could be kept.
        boolean overflowed() {
            return overflowed;
        }
    }

    // 64-bit hash, four characters per multiply, then the MurmurHash3 finaliser.
    static long hash(String s) {
        int n = s.length();
        long h = 0x9E3779B97F4A7C15L ^ n;
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            long word = s.charAt(i) | (long) s.charAt(i + 1) << 16 | (long) s.charAt(i + 2) << 32
                    | (long) s.charAt(i + 3) << 48;
            h = mix(h, word);
        }
        for (; i < n; i++) {
            h = mix(h, s.charAt(i));
        }
        return finish(h);
    }

    /** The hash of the text of ASCII characters {@code ascii[from, to)}: the same as of that text as a string. */
    static long hash(byte[] ascii, int from, int to) {
        int n = to - from;
        long h = 0x9E3779B97F4A7C15L ^ n;
        int i = from;
        for (; i + 4 <= to; i += 4) {
            long word = ascii[i] | (long) ascii[i + 1] << 16 | (long) ascii[i + 2] << 32 | (long) ascii[i + 3] << 48;
            h = mix(h, word);
        }
        for (; i < to; i++) {
            h = mix(h, ascii[i]);
        }
        return finish(h);
    }

    private static long mix(long h, long word) {
        long m = (h ^ word) * 0x100000001B3L;
        return m ^ (m >>> 29);
    }

    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        return h ^ (h >>> 33);
    }
}
