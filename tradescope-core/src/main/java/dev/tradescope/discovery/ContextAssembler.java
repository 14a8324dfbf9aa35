package dev.tradescope.discovery;

import dev.tradescope.context.BenchmarkContext;
import dev.tradescope.context.ExcessReturnAggregator;
import dev.tradescope.context.ExcessReturns;
import dev.tradescope.context.MarkToMarket;
import dev.tradescope.context.MarketContext;
import dev.tradescope.context.RatesContext;
import dev.tradescope.context.TradingWindow;
import dev.tradescope.context.VolatilityRegime;
import dev.tradescope.discovery.plan.DataPlan;
import dev.tradescope.marketdata.MarketData;
import dev.tradescope.marketdata.PriceSeries;
import dev.tradescope.support.Result;
import java.time.LocalDate;
import java.util.List;

/** Computes a portfolio's market context (phase 4) from what phase 3 obtained; every number comes from data. */
final class ContextAssembler {
    private final RunSettings settings;
    private final TradePass trades;

    ContextAssembler(RunSettings settings, TradePass trades) {
        this.settings = settings;
        this.trades = trades;
    }

    MarketContext assemble(PortfolioPass pass, MarketInputs inputs) {
        TradingWindow window = windowOf(pass);
        List<BenchmarkContext> benchmarks = settings.benchmarks().stream()
                .map(b -> BenchmarkContext.from(b, inputs.history(b), window)).toList();
        List<MarkToMarket> marks = pass.statistics().activePositions().stream()
                .map(p -> MarkToMarket.from(p, inputs.history(p.ticker()), pass.request().asOf())).toList();
        return MarketContext.of(window, benchmarks, excessReturns(pass, inputs), marks,
                VolatilityRegime.from(DataPlan.VOLATILITY_INDEX, inputs.history(DataPlan.VOLATILITY_INDEX), window),
                RatesContext.from(inputs.series(RatesContext.FED_FUNDS), inputs.series(RatesContext.TEN_YEAR), window));
    }

    // Excess returns need each closed trade again: a second streaming pass, made only when the benchmark is in hand.
    private ExcessReturns excessReturns(PortfolioPass pass, MarketInputs inputs) {
        Result<MarketData<PriceSeries>> benchmark = inputs.history(settings.benchmark());
        ExcessReturnAggregator aggregator = ExcessReturnAggregator.from(settings.benchmark(), benchmark);
        if (benchmark.isOk()) {
            trades.replay(pass, aggregator);
        }
        return aggregator.snapshot();
    }

    /** Returns the trading window: first entry to last exit, or to the as-of date while positions are open. */
    static TradingWindow windowOf(PortfolioPass pass) {
        LocalDate asOf = pass.request().asOf();
        var summary = pass.statistics().summary();
        LocalDate start = summary.earliestEntry().orElse(asOf);
        LocalDate end = summary.activeTrades() > 0 ? asOf
                : summary.latestExit().filter(d -> !d.isAfter(asOf)).orElse(asOf);
        return new TradingWindow(start, end.isBefore(start) ? start : end, asOf);
    }
}
