package dev.tradescope.discovery;

import dev.tradescope.trade.Trade;
import java.time.LocalDate;
import java.util.function.Consumer;

/** Passes on the trades inside the timeframe and strategy of a request, and counts the rest. */
final class TradeFilter implements Consumer<Trade> {
    private final LocalDate first;
    private final LocalDate last;
    private final String strategy; // null: every strategy
    private final Consumer<Trade> downstream;
    private long filtered;

    TradeFilter(DiscoveryRequest request, Consumer<Trade> downstream) {
        this.first = request.timeframe().findStart(request.asOf()).orElse(LocalDate.MIN);
        this.last = request.asOf();
        this.strategy = request.strategy().orElse(null);
        this.downstream = downstream;
    }

    @Override
    public void accept(Trade trade) {
        if (test(trade)) {
            downstream.accept(trade);
        }
    }

    /** Tells whether the trade is inside the timeframe and strategy; counts it as filtered when not. */
    boolean test(Trade trade) {
        LocalDate entry = trade.entryDate();
        boolean inWindow = !entry.isAfter(last) && !entry.isBefore(first);
        boolean inStrategy = strategy == null || strategy.equalsIgnoreCase(trade.strategy());
        if (inWindow && inStrategy) {
            return true;
        }
        filtered++;
        return false;
    }

    long filtered() {
        return filtered;
    }
}
