package dev.tradescope.trade.csv;

import java.util.HashSet;
import java.util.Set;

/**
 * Finds repeated position ids in fixed memory. A Bloom filter remembers every id seen; an id that
 * the filter says it has seen becomes a suspect. Suspects are confirmed by a second pass over the
 * file, so false positives of the filter never become reported duplicates.
 */
final class DuplicateIdDetector {
    private static final int BITS_LOG2 = 27;
    private static final int HASHES = 7;
    private static final int MAX_SUSPECTS = 1_000_000;

    private final long[] bits = new long[(1 << BITS_LOG2) / 64];
    private final Set<String> suspects = new HashSet<>();
    private boolean overflowed;

    /** Records an id; returns true when it may have been seen before. */
    boolean offer(String id) {
        long h1 = hash(id, 0x9E3779B97F4A7C15L);
        long h2 = hash(id, 0xC2B2AE3D27D4EB4FL) | 1;
        boolean seen = true;
        for (int i = 0; i < HASHES; i++) {
            int bit = (int) ((h1 + i * h2) >>> (64 - BITS_LOG2));
            long mask = 1L << (bit & 63);
            if ((bits[bit >>> 6] & mask) == 0) {
                seen = false;
                bits[bit >>> 6] |= mask;
            }
        }
        if (seen) {
            if (suspects.size() < MAX_SUSPECTS) {
                suspects.add(id);
            } else {
                overflowed = true;
            }
        }
        return seen;
    }

    Set<String> suspects() {
        return suspects;
    }

    // True when more suspects came than could be confirmed: some duplicates may go unreported.
    boolean overflowed() {
        return overflowed;
    }

    private static long hash(String s, long seed) {
        long h = seed;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001B3L;
            h ^= h >>> 29;
        }
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        return h;
    }
}
