package dev.tradescope.discovery;

import dev.tradescope.config.ResearchSettings;
import dev.tradescope.research.ResearchInventory;
import dev.tradescope.research.ResearchReport;
import dev.tradescope.research.TickerTradeSummary;
import dev.tradescope.support.InvalidInputException;
import dev.tradescope.trade.csv.ReadSummary;
import dev.tradescope.trade.csv.TradeHistoryReader;
import dev.tradescope.trade.stats.PerformanceMetrics;
import dev.tradescope.trade.stats.StatisticsSnapshot;
import dev.tradescope.trade.stats.TickerPerformance;
import dev.tradescope.trade.stats.TradeStatistics;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.LongConsumer;

/**
 * Runs a discovery: phase 0 (resolve the portfolio, index the research notes), phase 1 (stream the
 * trades once into the aggregators), then assesses the research for the traded tickers and the
 * confidence. It fetches nothing and writes nothing; writing is the report package's job.
 */
public final class Discovery {
    private final Clock clock;
    private final ResearchSettings researchSettings;
    private final String toolVersion;
    private final LongConsumer rowProgress;

    /**
     * Builds a discovery.
     *
     * @param clock            the source of the execution timestamp
     * @param researchSettings note freshness and sector overrides
     * @param toolVersion      the version reported in the document
     * @param rowProgress      told how many rows were read so far
     */
    public Discovery(Clock clock, ResearchSettings researchSettings, String toolVersion, LongConsumer rowProgress) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.researchSettings = Objects.requireNonNull(researchSettings, "researchSettings");
        this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion");
        this.rowProgress = Objects.requireNonNull(rowProgress, "rowProgress");
    }

    /** Runs the discovery; bad input throws {@link dev.tradescope.support.InvalidInputException}. */
    public DiscoveryResult run(DiscoveryRequest request) {
        Instant started = clock.instant();
        PhaseClock phases = new PhaseClock();
        ResolvedPortfolio portfolio = new PortfolioResolver(request.workspace()).resolve(request.portfolio());
        ResearchInventory inventory = ResearchInventory.scan(request.workspace());
        phases.lap("inventory");

        TradeStatistics statistics = new TradeStatistics(request.asOf());
        TradeFilter filter = new TradeFilter(request, statistics);
        ReadSummary read = new TradeHistoryReader(request.asOf(), rowProgress).read(portfolio.file(), filter);
        StatisticsSnapshot snapshot = statistics.snapshot();
        if (snapshot.summary().totalTrades() == 0) {
            throw new InvalidInputException(portfolio.file() + ": none of its " + read.rowsAccepted()
                    + " usable trades has an entry date in timeframe " + request.timeframe().id() + " ending "
                    + request.asOf() + request.strategy().map(s -> " with strategy " + s).orElse("")
                    + "; strategies in the file: choose --timeframe all or another --strategy");
        }
        phases.lap("trades");

        ResearchReport research = inventory.assess(request.asOf(), tickerSummaries(snapshot), researchSettings, started);
        phases.lap("research");

        Confidence confidence = confidence(read, snapshot, research);
        phases.lap("assemble");
        RunReport runReport = new RunReport(phases.snapshot(), read.rowsRead(), read.rowsExcluded(), filter.filtered(),
                MemoryProbe.peakHeapBytes(), MemoryProbe.findPeakRssBytes());
        return new DiscoveryResult(request, portfolio, started, toolVersion, read, snapshot, research, confidence,
                runReport);
    }

    private static List<TickerTradeSummary> tickerSummaries(StatisticsSnapshot snapshot) {
        List<TickerTradeSummary> out = new ArrayList<>();
        for (TickerPerformance t : snapshot.tickers().values()) {
            PerformanceMetrics m = t.metrics();
            out.add(new TickerTradeSummary(t.name(), Math.toIntExact(t.totalTrades()), Math.toIntExact(m.closedTrades()),
                    Math.toIntExact(t.activeTrades()), Math.toIntExact(m.wins()), Math.toIntExact(m.losses()),
                    m.totalReturn()));
        }
        return out;
    }

    private static Confidence confidence(ReadSummary read, StatisticsSnapshot snapshot, ResearchReport research) {
        double validation = read.rowsRead() == 0 ? 0 : 1.0 - Math.min(1.0, (double) read.rowsWithIssues() / read.rowsRead());
        double coverage = research.fundamentalIntegration().coverage().doubleValue();
        return new Confidence(read.completeness(), derivable(snapshot.metrics()), coverage, validation);
    }

    // Share of the headline metrics that are defined; see README "Confidence".
    static double derivable(PerformanceMetrics m) {
        List<OptionalDouble> headline = List.of(
                m.decisiveTrades() > 0 ? OptionalDouble.of(m.winRate()) : OptionalDouble.empty(),
                m.profitFactor(), m.averageWinReturn(), m.averageLossReturn(), m.expectancyReturn(),
                m.averageHoldingDays(), m.excursions().meanMfe(), m.excursions().meanMae());
        return headline.stream().filter(OptionalDouble::isPresent).count() / (double) headline.size();
    }
}
