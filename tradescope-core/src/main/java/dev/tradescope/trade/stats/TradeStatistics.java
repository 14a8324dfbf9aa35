package dev.tradescope.trade.stats;

import dev.tradescope.trade.Trade;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Aggregates a stream of trades into every statistic of a discovery, in one pass. It holds only
 * per-ticker, per-strategy and per-quality aggregates and the open positions — never the list of
 * all trades — so memory does not grow with the number of closed trades. Not thread-safe: feed it
 * from one thread.
 */
public final class TradeStatistics implements Consumer<Trade> {
    private final LocalDate asOf;
    private final Map<String, Group> byTicker = new HashMap<>();
    private final Map<String, Group> byStrategy = new HashMap<>();
    // Counted in place (a one-element array per quality): a boxed count per trade was a Long of garbage per row.
    private final Map<String, long[]> qualityCounts = new HashMap<>();
    private final List<ActivePosition> active = new ArrayList<>();
    private long total;
    private long closed;
    private LocalDate earliestEntry;
    private LocalDate latestEntry;
    private LocalDate earliestExit;
    private LocalDate latestExit;

    /** Builds an empty aggregator whose open positions are aged to {@code asOf}. */
    public TradeStatistics(LocalDate asOf) {
        this.asOf = Objects.requireNonNull(asOf, "asOf");
    }

    @Override
    public void accept(Trade trade) {
        total++;
        earliestEntry = min(earliestEntry, trade.entryDate());
        latestEntry = max(latestEntry, trade.entryDate());
        if (trade.hasExitDate()) {
            earliestExit = min(earliestExit, trade.getExitDate());
            latestExit = max(latestExit, trade.getExitDate());
        }
        Optional<Outcome> outcome = trade.isClosed() ? Outcome.of(trade) : Optional.empty();
        group(byTicker, trade.ticker()).accept(trade, outcome);
        group(byStrategy, trade.strategy()).accept(trade, outcome);
        count(qualityCounts, trade.tradeQuality().isEmpty() ? "Unrated" : trade.tradeQuality(), 1);
        if (trade.isClosed()) {
            closed++;
        } else {
            active.add(activePosition(trade));
        }
    }

    /**
     * Adds everything {@code later} has accepted, as if its trades had come here after this one's: the
     * statistics of a file read in parts are those of its parts joined in file order.
     */
    public void addAll(TradeStatistics later) {
        addAll(later, 0);
    }

    /**
     * Adds everything {@code later} has accepted, as {@link #addAll(TradeStatistics)} does, when its trades'
     * line numbers counted from the end of the file's first {@code linesBefore} lines.
     */
    public void addAll(TradeStatistics later, long linesBefore) {
        total += later.total;
        closed += later.closed;
        earliestEntry = earliest(earliestEntry, later.earliestEntry);
        latestEntry = latest(latestEntry, later.latestEntry);
        earliestExit = earliest(earliestExit, later.earliestExit);
        latestExit = latest(latestExit, later.latestExit);
        later.byTicker.forEach((name, group) -> group(byTicker, name).addAll(group, linesBefore));
        later.byStrategy.forEach((name, group) -> group(byStrategy, name).addAll(group, linesBefore));
        later.qualityCounts.forEach((quality, count) -> count(qualityCounts, quality, count[0]));
        later.active.forEach(position -> active.add(position.movedDown(linesBefore)));
    }

    private static void count(Map<String, long[]> counts, String key, long n) {
        long[] count = counts.get(key);
        if (count == null) {
            counts.put(key, new long[] {n});
        } else {
            count[0] += n;
        }
    }

    private static Map<String, Long> counts(Map<String, long[]> counts) {
        Map<String, Long> out = new HashMap<>();
        counts.forEach((key, count) -> out.put(key, count[0]));
        return out;
    }

    private static Group group(Map<String, Group> groups, String name) {
        Group group = groups.get(name);
        if (group == null) {
            group = new Group();
            groups.put(name, group);
        }
        return group;
    }

    private ActivePosition activePosition(Trade t) {
        return new ActivePosition(t.ticker(), t.strategy(), t.positionId(), t.line(), t.entryDate(), t.entryPrice(),
                Math.max(0, ChronoUnit.DAYS.between(t.entryDate(), asOf)), t.currentReturn(), t.daysSinceEntry(),
                t.tradeQuality());
    }

    /** Returns the statistics of everything accepted so far. */
    public StatisticsSnapshot snapshot() {
        PortfolioSummary summary = new PortfolioSummary(total, closed, total - closed, byTicker.size(),
                Optional.ofNullable(earliestEntry), Optional.ofNullable(latestEntry),
                Optional.ofNullable(earliestExit), Optional.ofNullable(latestExit));
        Map<String, Long> strategyCounts = new TreeMap<>();
        byStrategy.forEach((name, group) -> strategyCounts.put(name, group.total));
        List<ActivePosition> positions = new ArrayList<>(active);
        positions.sort(Comparator.comparing(ActivePosition::ticker).thenComparing(ActivePosition::entryDate)
                .thenComparingLong(ActivePosition::line));
        // The portfolio's figures are those of its strategies together: every trade has one strategy.
        PerformanceAccumulator overall = new PerformanceAccumulator();
        byStrategy.values().forEach(group -> overall.addAll(group.metrics));
        return new StatisticsSnapshot(summary, strategyCounts, performances(byTicker), performances(byStrategy),
                overall.snapshot(), counts(qualityCounts), positions);
    }

    private static Map<String, TickerPerformance> performances(Map<String, Group> groups) {
        Map<String, TickerPerformance> out = new TreeMap<>();
        groups.forEach((name, g) -> out.put(name, new TickerPerformance(name, g.total, g.active, g.metrics.snapshot())));
        return out;
    }

    private static LocalDate earliest(LocalDate current, LocalDate candidate) {
        return candidate == null ? current : min(current, candidate);
    }

    private static LocalDate latest(LocalDate current, LocalDate candidate) {
        return candidate == null ? current : max(current, candidate);
    }

    private static LocalDate min(LocalDate current, LocalDate candidate) {
        return current == null || candidate.isBefore(current) ? candidate : current;
    }

    private static LocalDate max(LocalDate current, LocalDate candidate) {
        return current == null || candidate.isAfter(current) ? candidate : current;
    }

    // Counts and closed-trade metrics of one ticker or strategy.
    private static final class Group {
        private final PerformanceAccumulator metrics = new PerformanceAccumulator();
        private long total;
        private long active;

        void accept(Trade trade, Optional<Outcome> outcome) {
            total++;
            if (trade.isClosed()) {
                metrics.accept(trade, outcome);
            } else {
                active++;
            }
        }

        void addAll(Group later, long linesBefore) {
            total += later.total;
            active += later.active;
            metrics.addAll(later.metrics, linesBefore);
        }
    }
}
