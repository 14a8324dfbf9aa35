package dev.tradescope.research;

import java.util.Objects;

/**
 * Reports the newest prior discovery of the same portfolio and whether it may be reused: only when it was
 * written within the configured window and its recorded input has the same size and SHA-256 as the current one.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param filePath   the prior discovery's path relative to the workspace
 * @param writtenAt  when it was written (file time, UTC date-time)
 * @param ageMinutes whole minutes from then to the run's start
 * @param sameInput  whether its recorded input fingerprint equals the current input's
 * @param reusable   whether it may be reused: within the window and the same input
 * @param reason     why it is or is not reusable
 */
public record PriorDiscovery(String filePath, String writtenAt, long ageMinutes, boolean sameInput, boolean reusable,
        String reason) {

    /** Validates the components; a reusable discovery must have the same input. */
    public PriorDiscovery {
        Objects.requireNonNull(filePath, "filePath");
        Objects.requireNonNull(writtenAt, "writtenAt");
        Objects.requireNonNull(reason, "reason");
        if (reusable && !sameInput) {
            throw new IllegalArgumentException("a discovery of a changed input is never reusable: " + filePath);
        }
    }
}
