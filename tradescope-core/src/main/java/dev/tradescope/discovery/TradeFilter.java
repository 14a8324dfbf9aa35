package dev.tradescope.discovery;

import dev.tradescope.trade.Trade;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

/** Passes on the trades inside the timeframe and strategy of a request, and counts the rest. */
final class TradeFilter implements Consumer<Trade> {
    private final Timeframe timeframe;
    private final LocalDate asOf;
    private final Optional<String> strategy;
    private final Consumer<Trade> downstream;
    private long filtered;

    TradeFilter(DiscoveryRequest request, Consumer<Trade> downstream) {
        this.timeframe = request.timeframe();
        this.asOf = request.asOf();
        this.strategy = request.strategy();
        this.downstream = downstream;
    }

    @Override
    public void accept(Trade trade) {
        boolean inWindow = timeframe.contains(trade.entryDate(), asOf);
        boolean inStrategy = strategy.map(s -> s.equalsIgnoreCase(trade.strategy())).orElse(true);
        if (inWindow && inStrategy) {
            downstream.accept(trade);
        } else {
            filtered++;
        }
    }

    long filtered() {
        return filtered;
    }
}
