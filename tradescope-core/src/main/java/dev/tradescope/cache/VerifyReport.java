package dev.tradescope.cache;

import java.util.List;
import java.util.Objects;

/**
 * Says what {@code cache verify} found: how many entries it checked, how many were valid, and
 * each problem with whether it was repaired (moved to quarantine).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param checked  entry files checked
 * @param valid    entries that read as valid
 * @param problems the invalid ones
 */
public record VerifyReport(long checked, long valid, List<Problem> problems) {

    /** Copies the problems. */
    public VerifyReport {
        problems = List.copyOf(problems);
    }

    /** Tells whether every problem found was repaired (true when there were none). */
    public boolean allRepaired() {
        return problems.stream().allMatch(Problem::quarantined);
    }

    /**
     * Describes one invalid entry file.
     *
     * @param file        the file, relative to the cache root
     * @param reason      what is wrong
     * @param quarantined whether it was moved to quarantine
     */
    public record Problem(String file, String reason, boolean quarantined) {
        /** Checks the parts. */
        public Problem {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
