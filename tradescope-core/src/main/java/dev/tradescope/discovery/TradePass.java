package dev.tradescope.discovery;

import dev.tradescope.config.ResearchSettings;
import dev.tradescope.research.InputFingerprint;
import dev.tradescope.research.PriorDiscoveries;
import dev.tradescope.research.PriorDiscovery;
import dev.tradescope.research.ResearchInventory;
import dev.tradescope.research.ResearchReport;
import dev.tradescope.research.TickerTradeSummary;
import dev.tradescope.support.InvalidInputException;
import dev.tradescope.trade.Trade;
import dev.tradescope.trade.csv.ReadSummary;
import dev.tradescope.trade.csv.TradeHistoryReader;
import dev.tradescope.trade.stats.PerformanceMetrics;
import dev.tradescope.trade.stats.StatisticsSnapshot;
import dev.tradescope.trade.stats.TickerPerformance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Runs phases 0 and 1 for one portfolio: resolve, index the research notes, stream the trades once, assess the notes. */
final class TradePass {
    private final ResearchSettings researchSettings;
    private final MemoryGuard guard;
    private final Progress progress;

    TradePass(ResearchSettings researchSettings, MemoryGuard guard, Progress progress) {
        this.researchSettings = researchSettings;
        this.guard = guard;
        this.progress = progress;
    }

    PortfolioPass run(DiscoveryRequest request, Instant started) {
        PhaseClock phases = new PhaseClock();
        ResolvedPortfolio portfolio = new PortfolioResolver(request.workspace()).resolve(request.portfolio());
        ResearchInventory inventory = ResearchInventory.scan(request.workspace());
        phases.lap("inventory");
        FilteredStatistics statistics = new FilteredStatistics(request);
        ReadSummary read = reader(request, portfolio).read(portfolio.file(), statistics);
        StatisticsSnapshot snapshot = statistics.statistics().snapshot();
        requireTrades(request, portfolio, read, snapshot);
        phases.lap("trades");
        ResearchReport research = inventory.assess(request.asOf(), tickerSummaries(snapshot), researchSettings, started);
        Optional<PriorDiscovery> prior = PriorDiscoveries.findLatest(request.workspace(), portfolio.name(),
                new InputFingerprint(read.sizeBytes(), read.contentHash()), started,
                researchSettings.priorDiscoveryWindow());
        phases.lap("research");
        guard.check();
        return new PortfolioPass(request, portfolio, started, read, snapshot, statistics.filtered(), inventory, research,
                prior, phases);
    }

    // Once an export whose duplicate-id filter was its largest (16 MB) is read, the reader releases the filter,
    // and one full collection frees it and what the long pass promoted, before the pass that confirms repeated ids:
    // that pass and the rest of the run (market context, documents) then fill those pages of the old generation
    // instead of touching new ones, and peak RSS no longer grows with the length of the export.
    private static void releaseFilter(long filterBytes) {
        if (filterBytes >= TradeHistoryReader.LARGEST_FILTER_BYTES) {
            System.gc();
        }
    }

    /** Streams the portfolio's trades inside the request's filters to {@code sink} once more. */
    void replay(PortfolioPass pass, Consumer<Trade> sink) {
        reader(pass.request(), pass.portfolio()).replay(pass.portfolio().file(), new TradeFilter(pass.request(), sink));
    }

    private TradeHistoryReader reader(DiscoveryRequest request, ResolvedPortfolio portfolio) {
        OldGenerationCompaction compaction = new OldGenerationCompaction(System::gc);
        return new TradeHistoryReader(request.asOf(), rows -> {
            progress.rows(portfolio.name(), rows);
            compaction.rows(rows);
            guard.check();
        }, TradePass::releaseFilter);
    }

    /**
     * Every young collection of a long pass promotes a little garbage (rows and sums that were in flight) to the
     * old generation, which only a full collection frees, and the pages it fills stay resident. A full collection
     * every {@value #EVERY_ROWS} rows (~10 ms, some seconds apart) frees it as the pass goes: on ten million rows
     * the old generation peaks at 23.9 MB with these collections and at 25.3 MB without them
     * ({@code -Xlog:gc+heap=info}, docs/benchmarks.md). The launcher has them compact the whole old generation
     * ({@code -XX:MarkSweepDeadRatio=0}), which brings that peak to 21.7 MB ({@code bench/old-gen-peak.sh}).
     */
    static final class OldGenerationCompaction {
        static final long EVERY_ROWS = 1L << 21;
        private final Runnable fullCollection;
        private long next = EVERY_ROWS;

        OldGenerationCompaction(Runnable fullCollection) {
            this.fullCollection = fullCollection;
        }

        // Told the rows read so far, on one thread: collects once each time a multiple of EVERY_ROWS is passed.
        void rows(long rows) {
            if (rows >= next) {
                next = (rows / EVERY_ROWS + 1) * EVERY_ROWS;
                fullCollection.run();
            }
        }
    }

    private static void requireTrades(DiscoveryRequest request, ResolvedPortfolio portfolio, ReadSummary read,
                                      StatisticsSnapshot snapshot) {
        if (snapshot.summary().totalTrades() == 0) {
            throw new InvalidInputException(portfolio.file() + ": none of its " + read.rowsAccepted()
                    + " usable trades has an entry date in timeframe " + request.timeframe().id() + " ending "
                    + request.asOf() + request.strategy().map(s -> " with strategy " + s).orElse("")
                    + "; try --timeframe all or another --strategy");
        }
    }

    static List<TickerTradeSummary> tickerSummaries(StatisticsSnapshot snapshot) {
        List<TickerTradeSummary> out = new ArrayList<>();
        for (TickerPerformance t : snapshot.tickers().values()) {
            PerformanceMetrics m = t.metrics();
            out.add(new TickerTradeSummary(t.name(), Math.toIntExact(t.totalTrades()), Math.toIntExact(m.closedTrades()),
                    Math.toIntExact(t.activeTrades()), Math.toIntExact(m.wins()), Math.toIntExact(m.losses()),
                    m.totalReturn()));
        }
        return out;
    }
}
