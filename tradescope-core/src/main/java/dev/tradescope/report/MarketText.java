package dev.tradescope.report;

import static dev.tradescope.report.TextSummary.line;

import dev.tradescope.context.BenchmarkContext;
import dev.tradescope.context.ExcessReturns;
import dev.tradescope.context.MarkToMarket;
import dev.tradescope.context.MarketContext;
import dev.tradescope.context.RateContext;
import dev.tradescope.context.VolatilityRegime;
import dev.tradescope.discovery.DiscoveryResult;
import dev.tradescope.discovery.RunCosts;
import dev.tradescope.discovery.plan.ItemOutcome;
import dev.tradescope.resilience.ProviderStats;
import dev.tradescope.support.Formats;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** Renders the market context and the market data costs of a discovery for the terminal. */
final class MarketText {

    private MarketText() {
    }

    static void market(StringBuilder out, DiscoveryResult result) {
        MarketContext m = result.market();
        line(out, "Market context  window %s → %s", m.window().start(), m.window().end());
        line(out, "  %-8s %-23s %9s %9s %9s %9s", "symbol", "start → end", "window", "YTD", "vol (ann)", "max DD");
        for (BenchmarkContext b : m.benchmarks()) {
            var w = b.window();
            String prices = w.start().isPresent() && w.end().isPresent()
                    ? Formats.format("%.2f → %.2f", w.start().get().price(), w.end().get().price())
                    : "n/a";
            line(out, "  %-8s %-23s %9s %9s %9s %9s", b.symbol(), prices, pct(w.totalReturn()),
                    pct(b.yearToDate().totalReturn()), pct(w.annualisedVolatility()), pct(w.maxDrawdown()));
        }
        excess(out, m.excessReturns());
        volatility(out, m.volatility());
        rate(out, "Fed funds", m.rates().fedFunds());
        rate(out, "10-year", m.rates().tenYear());
        marks(out, m);
        if (!m.missing().isEmpty()) {
            line(out, "  not obtained (confidence -%.2f): %s", m.confidencePenalty(),
                    TextSummary.firstOf(m.missing().stream().map(i -> i.item()).toList(), TextSummary.POSITIONS_SHOWN));
        }
        costs(out, result.runReport().costs());
        out.append('\n');
    }

    private static void excess(StringBuilder out, ExcessReturns e) {
        if (e.meanExcessReturn().isPresent()) {
            line(out, "  vs %s: mean excess return %s per closed trade, %s of %d trades beat it", e.benchmark(),
                    pct(e.meanExcessReturn()), share(e.shareBeatingBenchmark()), e.trades().compared());
        } else {
            line(out, "  vs %s: no excess returns (%s)", e.benchmark(), e.reason().orElse("no comparable trade"));
        }
    }

    private static void volatility(StringBuilder out, VolatilityRegime v) {
        if (v.atAsOf().isPresent()) {
            line(out, "  VIX %.2f on %s: %s (window mean %s)", v.atAsOf().get().price(), v.atAsOf().get().date(),
                    v.regime().orElse("n/a"), num(v.windowMean()));
        } else {
            line(out, "  VIX: not obtained");
        }
    }

    private static void rate(StringBuilder out, String name, RateContext r) {
        if (r.latest().isPresent()) {
            line(out, "  %-9s %.2f %% on %s (%s pp over the window)", name, r.latest().get().value(),
                    r.latest().get().date(), r.changePoints().isPresent()
                            ? Formats.format("%+.2f", r.changePoints().getAsDouble()) : "n/a");
        } else {
            line(out, "  %-9s not obtained", name);
        }
    }

    private static void marks(StringBuilder out, MarketContext m) {
        if (m.openPositions().isEmpty()) {
            return;
        }
        line(out, "  open positions marked to market (close on or before %s):", m.window().asOf());
        for (MarkToMarket p : m.openPositions().subList(0, Math.min(TextSummary.POSITIONS_SHOWN,
                m.openPositions().size()))) {
            line(out, "    %-8s %-10s %10s  now %9s  export %9s  (snapshot %s days old)", p.position().ticker(),
                    p.close().map(c -> c.date().toString()).orElse("n/a"),
                    p.close().map(c -> Formats.format("%.2f", c.price())).orElse("n/a"),
                    pct(p.unrealisedReturn()), pct(p.exported().unrealisedReturn()),
                    p.exported().daysSince().isPresent() ? Long.toString(p.exported().daysSince().getAsLong()) : "?");
        }
        if (m.openPositions().size() > TextSummary.POSITIONS_SHOWN) {
            line(out, "    … and %d more (see market_context.open_positions)",
                    m.openPositions().size() - TextSummary.POSITIONS_SHOWN);
        }
    }

    static void costs(StringBuilder out, RunCosts costs) {
        Map<ItemOutcome.Status, Long> c = costs.countByStatus();
        line(out, "Market data     %d items: %d local, %d cache hits, %d fetched, %d stale, %d failed, %d timed out, "
                        + "%d unavailable; %d API calls; cache hit ratio %s", costs.outcomes().size(),
                c.get(ItemOutcome.Status.LOCAL), c.get(ItemOutcome.Status.CACHE_HIT), c.get(ItemOutcome.Status.FETCHED),
                c.get(ItemOutcome.Status.STALE), c.get(ItemOutcome.Status.FAILED), c.get(ItemOutcome.Status.TIMED_OUT),
                c.get(ItemOutcome.Status.UNAVAILABLE), costs.apiCalls(), num(costs.cacheHitRatio()));
        for (ProviderStats s : costs.providers()) {
            if (s.attempted() > 0) {
                line(out, "  %-12s %d calls, %d ok, %d rate limited, %d retries, waited %.1f s, quota left %s, breaker %s",
                        s.provider().id(), s.calls(), s.succeeded(), s.rateLimited(), s.retries(), s.waitedSeconds(),
                        s.quotaLeftToday().isPresent() ? Long.toString(s.quotaLeftToday().getAsLong()) : "-",
                        s.breakerState());
            }
        }
        costs.warnings().forEach(w -> line(out, "  warning: %s", w));
    }

    private static String pct(OptionalDouble ratio) {
        return ratio.isPresent() ? Formats.format("%+.2f %%", ratio.getAsDouble() * 100) : "n/a";
    }

    private static String share(OptionalDouble ratio) {
        return ratio.isPresent() ? Formats.format("%.0f %%", ratio.getAsDouble() * 100) : "n/a";
    }

    private static String num(OptionalDouble value) {
        return value.isPresent() ? Formats.format("%.2f", value.getAsDouble()) : "n/a";
    }
}
