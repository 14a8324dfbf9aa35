package dev.tradescope.cache;

/** Signals a stored entry that cannot be trusted: torn, truncated, checksum mismatch or wrong key. */
final class CorruptEntryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Builds the exception with the reason the entry is rejected. */
    CorruptEntryException(String reason) {
        super(reason);
    }
}
