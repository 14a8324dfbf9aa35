package dev.tradescope.discovery;

import dev.tradescope.context.MarketContext;
import dev.tradescope.discovery.plan.DataPlan;
import dev.tradescope.discovery.plan.ItemOutcome;
import dev.tradescope.discovery.plan.PlanFetcher;
import dev.tradescope.discovery.plan.PlanInputs;
import dev.tradescope.discovery.plan.PlanResolver;
import dev.tradescope.discovery.plan.ResolvedItem;
import dev.tradescope.marketdata.DataKind;
import dev.tradescope.research.ResearchReport;
import dev.tradescope.resilience.ProviderStats;
import dev.tradescope.support.Formats;
import dev.tradescope.support.ResourceLimitException;
import dev.tradescope.trade.stats.ActivePosition;
import dev.tradescope.trade.stats.PerformanceMetrics;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs discoveries of one or more portfolios that share one data plan, one cache and one set of
 * limits: phase 0 and 1 per portfolio (inventory, trades), phase 2 (the plan, local-first), phase 3
 * (fetch what is missing, bounded and within the deadline), phase 4 per portfolio (market context,
 * fundamentals, confidence). It writes nothing; writing is the report package's job.
 */
public final class Discovery {
    private final DiscoveryEnvironment env;
    private final TradePass trades;

    /** Builds a discovery over its environment. */
    public Discovery(DiscoveryEnvironment env) {
        this.env = env;
        this.trades = new TradePass(env.research(), env.guard(), env.progress());
    }

    /** Runs phases 0 to 2 and returns the data plan without fetching anything. */
    public PlanReport plan(List<DiscoveryRequest> requests) {
        Instant started = env.clock().instant();
        List<PortfolioPass> passes = requests.stream().map(r -> trades.run(r, started)).toList();
        List<ResolvedItem> items = resolver().resolve(DataPlan.of(planInputs(passes)));
        List<ProviderStats> providers = env.market().providerStats().get();
        return new PlanReport(passes.stream().map(p -> p.portfolio().name()).toList(), items, providers,
                PlanLimits.warnings(PlanReport.callsByProvider(items), providers, env.market().settings(),
                        env.settings().deadline()));
    }

    /** Runs the discovery of every request and returns one result each. */
    public DiscoveryRun run(List<DiscoveryRequest> requests) {
        long deadline = System.nanoTime() + env.settings().deadline().toNanos();
        Instant started = env.clock().instant();
        List<PortfolioPass> passes = requests.stream().map(r -> trades.run(r, started)).toList();
        Map<PortfolioPass, PriorContext.Reuse> reuse = new java.util.IdentityHashMap<>();
        passes.forEach(p -> reuse.put(p, reuseOf(p)));
        PhaseClock shared = new PhaseClock();
        List<PortfolioPass> planned = passes.stream().filter(p -> reuse.get(p).context().isEmpty()).toList();
        List<ResolvedItem> resolved = resolver().resolve(DataPlan.of(planInputs(planned)));
        shared.lap("plan");
        List<ItemOutcome> outcomes = new PlanFetcher(env.market().chain(), env.market().providers(), env.settings().inFlight(),
                done -> env.progress().items(done, resolved.size())).fetch(resolved, deadline);
        shared.lap("fetch");
        env.guard().check();
        RunCosts costs = costs(outcomes, shared);
        MarketInputs inputs = new MarketInputs(outcomes);
        List<DiscoveryResult> results = new ArrayList<>();
        for (PortfolioPass pass : passes) {
            results.add(assemble(pass, inputs, costs, shared, reuse.get(pass)));
        }
        return new DiscoveryRun(results, costs);
    }

    private PlanResolver resolver() {
        MarketDataAccess m = env.market();
        return new PlanResolver(m.local(), m.cache(), m.chains(), m.usable(),
                p -> m.providers().apply(p).map(s -> s.maxBatch(DataKind.COMPANY_PROFILE)).orElse(1));
    }

    private PriorContext.Reuse reuseOf(PortfolioPass pass) {
        if (pass.prior().isEmpty()) {
            return PriorContext.Reuse.not("no prior discovery of this portfolio");
        }
        if (!env.settings().reuse()) {
            return PriorContext.Reuse.not("not reused (pass --reuse to reuse a prior market context)");
        }
        return PriorContext.read(pass.request().workspace(), pass.prior().get(), pass.request().asOf(),
                env.settings().benchmark());
    }

    private DiscoveryResult assemble(PortfolioPass pass, MarketInputs inputs, RunCosts costs, PhaseClock shared,
                                     PriorContext.Reuse reuse) {
        PhaseClock phases = pass.phases();
        phases.merge(shared);
        phases.restart();
        MarketContext market = reuse.context()
                .orElseGet(() -> new ContextAssembler(env.settings(), trades).assemble(pass, inputs));
        PriorUse prior = new PriorUse(pass.prior(), reuse.context().isPresent(), reuse.note());
        phases.lap("context");
        ResearchReport research = withProfileSectors(pass, inputs);
        var fundamentals = FundamentalSources.of(pass, inputs);
        Confidence confidence = confidence(pass, research, market);
        phases.lap("assemble");
        env.guard().check();
        RunReport report = new RunReport(phases.snapshot(), pass.read().rowsRead(), pass.read().rowsExcluded(),
                pass.rowsFiltered(), MemoryProbe.peakHeapBytes(), MemoryProbe.findPeakRssBytes(), costs);
        return new DiscoveryResult(pass.request(), pass.portfolio(), pass.started(), env.toolVersion(), pass.read(),
                pass.statistics(), research, market, prior, fundamentals, itemsOf(pass, costs), confidence, report);
    }

    // Tickers the sector map does not know take the sector of their provider profile, when one came.
    private ResearchReport withProfileSectors(PortfolioPass pass, MarketInputs inputs) {
        Map<String, String> sectors = new TreeMap<>(env.research().sectorOverrides());
        for (String ticker : pass.research().sectorAnalysis().unmapped()) {
            inputs.profile(ticker).findValue().flatMap(p -> p.value().sector()).ifPresent(s -> sectors.put(ticker, s));
        }
        if (sectors.size() == env.research().sectorOverrides().size()) {
            return pass.research();
        }
        var settings = new dev.tradescope.config.ResearchSettings(env.research().freshness(),
                env.research().priorDiscoveryWindow(), sectors);
        return pass.inventory().assess(pass.request().asOf(), TradePass.tickerSummaries(pass.statistics()), settings,
                pass.started());
    }

    private Confidence confidence(PortfolioPass pass, ResearchReport research, MarketContext market) {
        var read = pass.read();
        double validation = 1.0 - Math.min(1.0, (double) read.rowsWithIssues() / read.rowsRead());
        double coverage = research.fundamentalIntegration().coverage().doubleValue();
        return new Confidence(read.completeness(), derivable(pass.statistics().metrics()), coverage, validation,
                market.confidencePenalty());
    }

    // Share of the headline metrics that are defined; see README "Confidence".
    static double derivable(PerformanceMetrics m) {
        List<OptionalDouble> headline = List.of(
                m.decisiveTrades() > 0 ? OptionalDouble.of(m.winRate()) : OptionalDouble.empty(),
                m.profitFactor(), m.averageWinReturn(), m.averageLossReturn(), m.expectancyReturn(),
                m.averageHoldingDays(), m.excursions().meanMfe(), m.excursions().meanMae());
        return headline.stream().filter(OptionalDouble::isPresent).count() / (double) headline.size();
    }

    private static List<ItemOutcome> itemsOf(PortfolioPass pass, RunCosts costs) {
        String name = pass.portfolio().name();
        return costs.outcomes().stream().filter(o -> o.resolved().item().portfolios().contains(name)).toList();
    }

    private RunCosts costs(List<ItemOutcome> outcomes, PhaseClock shared) {
        List<String> warnings = new ArrayList<>();
        long timedOut = outcomes.stream().filter(o -> o.status() == ItemOutcome.Status.TIMED_OUT).count();
        if (timedOut > 0) {
            String message = timedOut + " data item(s) not obtained within the " + env.settings().deadline().toSeconds()
                    + " s deadline (--deadline)";
            if (env.settings().strict()) {
                throw new ResourceLimitException("stopped: " + message + "; --strict makes that an error. "
                        + "Nothing was written.");
            }
            warnings.add(message);
        }
        env.market().cache().ifPresent(cache -> cache.tierStatuses().stream().filter(t -> !t.available())
                .forEach(t -> warnings.add("cache tier " + t.tier() + " is off, the run goes on without it: "
                        + t.problem().orElseThrow())));
        RunCosts draft = new RunCosts(outcomes, env.market().providerStats().get(), env.market().cacheStats(),
                shared.snapshot(), warnings);
        if (draft.cacheHitRatio().isPresent() && 1 - draft.cacheHitRatio().getAsDouble() > RunCosts.MISS_RATIO_WARNING) {
            warnings.add(Formats.format("cache miss ratio %.0f %% is above 50 %%",
                    100 * (1 - draft.cacheHitRatio().getAsDouble())));
        }
        return new RunCosts(outcomes, draft.providers(), draft.cache(), draft.phaseMillis(), warnings);
    }

    private List<PlanInputs> planInputs(List<PortfolioPass> passes) {
        List<PlanInputs> out = new ArrayList<>();
        for (PortfolioPass pass : passes) {
            var window = ContextAssembler.windowOf(pass);
            Set<String> profiles = new HashSet<>(pass.research().localDataIntegration().tickersMissingLocalData());
            profiles.addAll(pass.research().sectorAnalysis().unmapped());
            out.add(new PlanInputs(pass.portfolio().name(), window.start(), window.end(), pass.request().asOf(),
                    env.settings().benchmarks(), profiles, openSince(pass.statistics().activePositions()),
                    holdsCrypto(pass)));
        }
        return out;
    }

    private static Map<String, LocalDate> openSince(List<ActivePosition> positions) {
        Map<String, LocalDate> since = new LinkedHashMap<>();
        positions.forEach(p -> since.merge(p.ticker(), p.entryDate(), (a, b) -> a.isBefore(b) ? a : b));
        return since;
    }

    private static boolean holdsCrypto(PortfolioPass pass) {
        return pass.statistics().tickers().keySet().stream().anyMatch(t -> t.endsWith("-USD"))
                || pass.research().sectorAnalysis().tickerSectors().values().stream()
                .anyMatch(a -> "Digital Assets".equals(a.sector()));
    }
}
