package dev.tradescope.discovery;

import dev.tradescope.context.MarketContext;
import dev.tradescope.discovery.plan.ItemOutcome;
import dev.tradescope.research.ResearchReport;
import dev.tradescope.trade.csv.ReadSummary;
import dev.tradescope.trade.stats.StatisticsSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;

/**
 * Holds everything one portfolio's discovery found, ready to be written as a document.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param request            what was asked
 * @param portfolio          the file the portfolio resolved to
 * @param executionTimestamp when the run started
 * @param toolVersion        the tradescope version that ran
 * @param read               what ingestion found: rows, issues, derivations, the file's identity
 * @param statistics         the trade statistics of the trades inside the filters
 * @param research           the local research inventory for the traded tickers
 * @param market             the market context of the trading window
 * @param prior              the newest prior discovery of the portfolio, and whether its market context was reused
 * @param fundamentals       per ticker, where its fundamentals come from
 * @param items              the run's data items this portfolio needed, with their outcomes
 * @param confidence         the confidence and its components
 * @param runReport          what the run cost
 */
public record DiscoveryResult(DiscoveryRequest request, ResolvedPortfolio portfolio, Instant executionTimestamp,
                              String toolVersion, ReadSummary read, StatisticsSnapshot statistics,
                              ResearchReport research, MarketContext market, PriorUse prior,
                              SortedMap<String, TickerFundamentals> fundamentals, List<ItemOutcome> items,
                              Confidence confidence, RunReport runReport) {

    /** Validates that every component is present and copies the collections. */
    public DiscoveryResult {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(executionTimestamp, "executionTimestamp");
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(statistics, "statistics");
        Objects.requireNonNull(research, "research");
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(prior, "prior");
        fundamentals = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(fundamentals));
        items = List.copyOf(items);
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(runReport, "runReport");
    }
}
