package dev.tradescope.discovery;

import dev.tradescope.trade.Trade;
import dev.tradescope.trade.TradeSink;
import dev.tradescope.trade.stats.TradeStatistics;

/** The statistics of the trades inside a request's timeframe and strategy, with a count of the others. */
final class FilteredStatistics implements TradeSink<FilteredStatistics> {
    private final DiscoveryRequest request;
    private final TradeStatistics statistics;
    private final TradeFilter filter;
    private long filteredByJoined;

    FilteredStatistics(DiscoveryRequest request) {
        this.request = request;
        this.statistics = new TradeStatistics(request.asOf());
        this.filter = new TradeFilter(request, statistics);
    }

    // The statistics are called by their own type, not as a Consumer: the JIT then compiles their accept
    // once, not once more through the generic bridge method.
    @Override
    public void accept(Trade trade) {
        if (filter.test(trade)) {
            statistics.accept(trade);
        }
    }

    @Override
    public FilteredStatistics fork() {
        return new FilteredStatistics(request);
    }

    @Override
    public void join(FilteredStatistics later, long linesBefore) {
        statistics.addAll(later.statistics, linesBefore);
        filteredByJoined += later.filtered();
    }

    TradeStatistics statistics() {
        return statistics;
    }

    /** The trades outside the timeframe or strategy. */
    long filtered() {
        return filter.filtered() + filteredByJoined;
    }
}
