package dev.tradescope.research;

import java.util.Objects;

/**
 * Identifies the content of a trade-history file: its size and the content hash the trade reader
 * computes while it streams the file ({@code crc32c+crc32:} and 16 hex digits). A prior discovery
 * is only reused for exactly the same input.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param sizeBytes   the file size in bytes
 * @param contentHash the content hash as the trade reader writes it
 */
public record InputFingerprint(long sizeBytes, String contentHash) {

    /** Validates the size and the hash format. */
    public InputFingerprint {
        Objects.requireNonNull(contentHash, "contentHash");
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("sizeBytes: must not be negative, was " + sizeBytes);
        }
        if (!contentHash.matches("[a-z0-9+]+:[0-9a-f]{16,64}")) {
            throw new IllegalArgumentException("contentHash: expected ALGORITHM:HEX, was '" + contentHash + "'");
        }
    }
}
