package dev.tradescope.discovery.plan;

import dev.tradescope.marketdata.CompanyProfileRequest;
import dev.tradescope.marketdata.DataKind;
import dev.tradescope.marketdata.EconomicSeriesRequest;
import dev.tradescope.marketdata.MarketDataRequest;
import dev.tradescope.marketdata.PriceHistoryRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lists the market data items a run needs, de-duplicated across every portfolio of the run: one
 * item per symbol or series, its window the union of the windows asked for, so an item needed by
 * ten portfolios is fetched once.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DataPlan {
    /** The rate series every discovery looks at. */
    public static final List<String> RATE_SERIES = List.of("FEDFUNDS", "DGS10");
    /** The volatility index. */
    public static final String VOLATILITY_INDEX = "^VIX";
    /** The crypto benchmark, planned only when the portfolio holds crypto symbols. */
    public static final String CRYPTO_BENCHMARK = "BTC-USD";
    // Monthly series such as FEDFUNDS need an observation before the window starts.
    private static final int RATE_LOOKBACK_DAYS = 62;

    private final List<PlanItem> items;

    private DataPlan(List<PlanItem> items) {
        this.items = List.copyOf(items);
    }

    /** Builds the plan of a run from the inputs of each of its portfolios. */
    public static DataPlan of(List<PlanInputs> portfolios) {
        Builder builder = new Builder();
        portfolios.forEach(builder::add);
        return new DataPlan(builder.items());
    }

    /** Returns the items, by purpose then request. */
    public List<PlanItem> items() {
        return items;
    }

    /** Finds the item whose request answers the given kind and subject (symbol or series id). */
    public java.util.Optional<PlanItem> findItem(DataKind kind, String subject) {
        return items.stream().filter(i -> i.request().kind() == kind && subjectOf(i.request()).equals(subject))
                .findFirst();
    }

    /** Returns the symbol or series id a request is about. */
    public static String subjectOf(MarketDataRequest<?> request) {
        for (String name : List.of("symbol", "series", "coin", "indicator")) {
            String value = request.parameters().get(name);
            if (value != null) {
                return value;
            }
        }
        return request.describe();
    }

    // Merges the needs of several portfolios into one item per (kind, subject).
    private static final class Builder {
        private final Map<String, Need> needs = new LinkedHashMap<>();

        void add(PlanInputs in) {
            LocalDate ytdBase = LocalDate.of(in.asOf().getYear() - 1, 12, 1);
            LocalDate benchmarkFrom = in.windowStart().isBefore(ytdBase) ? in.windowStart() : ytdBase;
            for (String benchmark : in.benchmarks()) {
                history(benchmark, benchmarkFrom, in.asOf(), Purpose.BENCHMARK, in.portfolio());
            }
            history(VOLATILITY_INDEX, in.windowStart(), in.asOf(), Purpose.VOLATILITY, in.portfolio());
            for (String series : RATE_SERIES) {
                need("series:" + series, DataKind.ECONOMIC_SERIES, series, in.windowStart().minusDays(RATE_LOOKBACK_DAYS),
                        in.asOf(), Purpose.RATES, in.portfolio());
            }
            if (in.holdsCrypto()) {
                history(CRYPTO_BENCHMARK, in.windowStart(), in.asOf(), Purpose.CRYPTO, in.portfolio());
            }
            in.profileTickers().forEach(t -> need("profile:" + t, DataKind.COMPANY_PROFILE, t, null, null,
                    Purpose.PROFILE, in.portfolio()));
            in.openSince().forEach((t, since) -> history(t, since, in.asOf(), Purpose.MARK_TO_MARKET, in.portfolio()));
        }

        private void history(String symbol, LocalDate from, LocalDate to, Purpose purpose, String portfolio) {
            need("history:" + symbol, DataKind.PRICE_HISTORY, symbol, from, to, purpose, portfolio);
        }

        private void need(String key, DataKind kind, String subject, LocalDate from, LocalDate to, Purpose purpose,
                          String portfolio) {
            needs.computeIfAbsent(key, k -> new Need(kind, subject)).widen(from, to, purpose, portfolio);
        }

        List<PlanItem> items() {
            List<PlanItem> out = new ArrayList<>();
            needs.values().forEach(n -> out.add(n.toItem()));
            out.sort(Comparator.comparing((PlanItem i) -> i.purposes().stream().min(Comparator.naturalOrder())
                    .orElseThrow()).thenComparing(i -> i.request().describe()));
            return out;
        }
    }

    // One (kind, subject) need: the union of the windows and every purpose and portfolio.
    private static final class Need {
        private final DataKind kind;
        private final String subject;
        private LocalDate from;
        private LocalDate to;
        private final Set<Purpose> purposes = EnumSet.noneOf(Purpose.class);
        private final TreeSet<String> portfolios = new TreeSet<>();

        Need(DataKind kind, String subject) {
            this.kind = kind;
            this.subject = subject;
        }

        void widen(LocalDate newFrom, LocalDate newTo, Purpose purpose, String portfolio) {
            if (newFrom != null) {
                from = from == null || newFrom.isBefore(from) ? newFrom : from;
                to = to == null || newTo.isAfter(to) ? newTo : to;
            }
            purposes.add(purpose);
            portfolios.add(portfolio);
        }

        PlanItem toItem() {
            MarketDataRequest<?> request;
            switch (kind) {
                case PRICE_HISTORY:
                    request = new PriceHistoryRequest(subject, from, to);
                    break;
                case ECONOMIC_SERIES:
                    request = new EconomicSeriesRequest(subject, from, to);
                    break;
                default:
                    request = new CompanyProfileRequest(subject);
            }
            return new PlanItem(request, purposes, portfolios);
        }
    }
}
