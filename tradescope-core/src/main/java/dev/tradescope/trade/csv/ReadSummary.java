package dev.tradescope.trade.csv;

import dev.tradescope.trade.TradeIssue;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tells what one pass over a trade-history file found: rows read, accepted and excluded, the issues
 * by kind with the first ones in full, the derived values, and the file's identity.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param file                the file read
 * @param sizeBytes           its size
 * @param contentHash         a 64-bit hash of its bytes, {@code crc32c+crc32:} and 16 hex digits
 * @param rowsRead            data rows read (the header not counted)
 * @param rowsExcluded        rows dropped because a required field was unusable
 * @param rowsWithIssues      rows with at least one issue
 * @param issueCounts         issue counts by kind
 * @param firstIssues         the first issues by line number (at most {@link TradeHistoryReader#ISSUES_KEPT})
 * @param derivations         derived values per column
 * @param completeness        the share of expected cells that were filled, in [0, 1]
 * @param duplicateCheckExact false when so many ids repeated that not all could be confirmed
 */
public record ReadSummary(Path file, long sizeBytes, String contentHash, long rowsRead, long rowsExcluded,
                          long rowsWithIssues, Map<TradeIssue.Kind, Long> issueCounts, List<TradeIssue> firstIssues,
                          Map<String, Long> derivations, double completeness, boolean duplicateCheckExact) {

    /** Copies the collections and validates the counts. */
    public ReadSummary {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(contentHash, "contentHash");
        issueCounts = Map.copyOf(issueCounts);
        firstIssues = List.copyOf(firstIssues);
        derivations = Map.copyOf(derivations);
        if (rowsExcluded > rowsRead || rowsRead < 0) {
            throw new IllegalArgumentException("row counts out of range: read " + rowsRead + ", excluded " + rowsExcluded);
        }
    }

    /** Returns the number of rows that reached the statistics. */
    public long rowsAccepted() {
        return rowsRead - rowsExcluded;
    }

    /** Returns the total number of issues. */
    public long issueTotal() {
        return issueCounts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Returns the total number of derived values. */
    public long derivationTotal() {
        return derivations.values().stream().mapToLong(Long::longValue).sum();
    }
}
