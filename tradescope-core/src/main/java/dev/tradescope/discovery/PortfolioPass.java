package dev.tradescope.discovery;

import dev.tradescope.research.PriorDiscovery;
import dev.tradescope.research.ResearchInventory;
import dev.tradescope.research.ResearchReport;
import dev.tradescope.trade.csv.ReadSummary;
import dev.tradescope.trade.stats.StatisticsSnapshot;
import java.time.Instant;
import java.util.Optional;

/** Holds what phases 0 and 1 found for one portfolio; the market phases build on it. */
record PortfolioPass(DiscoveryRequest request, ResolvedPortfolio portfolio, Instant started, ReadSummary read,
                     StatisticsSnapshot statistics, long rowsFiltered, ResearchInventory inventory,
                     ResearchReport research, Optional<PriorDiscovery> prior, PhaseClock phases) {
}
