package dev.tradescope.trade.csv;

import dev.tradescope.trade.TradeIssue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.UnaryOperator;

/** Gathers row issues in bounded memory: a count per kind and the first issues by line number. */
final class IssueCollector {
    private static final Comparator<TradeIssue> BY_LINE =
            Comparator.comparingLong(TradeIssue::line).thenComparing(TradeIssue::kind);

    private final int keep;
    private final Map<TradeIssue.Kind, Long> counts = new EnumMap<>(TradeIssue.Kind.class);
    private final PriorityQueue<TradeIssue> latestKept = new PriorityQueue<>(BY_LINE.reversed());
    private long rowsWithIssues;
    private long lastLineWithIssue = -1;

    IssueCollector(int keep) {
        this.keep = keep;
    }

    void add(TradeIssue issue) {
        counts.merge(issue.kind(), 1L, Long::sum);
        if (issue.line() != lastLineWithIssue) {
            rowsWithIssues++;
            lastLineWithIssue = issue.line();
        }
        latestKept.add(issue);
        if (latestKept.size() > keep) {
            latestKept.poll();
        }
    }

    /** Adds the issues of rows that follow this collector's rows in the file. */
    void addAll(IssueCollector later) {
        addAll(later, issue -> issue);
    }

    /**
     * Adds the issues of rows that follow this collector's rows in the file, numbered from the end of
     * the file's first {@code linesBefore} lines.
     */
    void addAll(IssueCollector later, long linesBefore) {
        addAll(later, issue -> linesBefore == 0 ? issue : new TradeIssue(issue.kind(), issue.line() + linesBefore,
                issue.column(), issue.value(), issue.reason()), linesBefore);
    }

    /**
     * Adds the issues of rows that follow this collector's rows in the file, the kept ones as
     * {@code rewrite} makes them (it keeps their kind and line).
     */
    void addAll(IssueCollector later, UnaryOperator<TradeIssue> rewrite) {
        addAll(later, rewrite, 0);
    }

    private void addAll(IssueCollector later, UnaryOperator<TradeIssue> rewrite, long linesBefore) {
        later.counts.forEach((kind, count) -> counts.merge(kind, count, Long::sum));
        rowsWithIssues += later.rowsWithIssues;
        for (TradeIssue issue : later.latestKept) {
            latestKept.add(rewrite.apply(issue));
            if (latestKept.size() > keep) {
                latestKept.poll();
            }
        }
        if (later.lastLineWithIssue >= 0) {
            lastLineWithIssue = Math.max(lastLineWithIssue, later.lastLineWithIssue + linesBefore);
        }
    }

    Map<TradeIssue.Kind, Long> counts() {
        return Map.copyOf(counts);
    }

    long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    // Rows with at least one issue; duplicates found in the confirmation pass may count a row twice.
    long rowsWithIssues() {
        return rowsWithIssues;
    }

    List<TradeIssue> first() {
        List<TradeIssue> sorted = new ArrayList<>(latestKept);
        sorted.sort(BY_LINE);
        return List.copyOf(sorted);
    }
}
