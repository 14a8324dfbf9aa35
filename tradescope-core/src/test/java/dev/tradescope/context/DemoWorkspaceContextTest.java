package dev.tradescope.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tradescope.marketdata.EconomicSeries;
import dev.tradescope.marketdata.EconomicSeriesRequest;
import dev.tradescope.marketdata.MarketData;
import dev.tradescope.marketdata.PriceHistoryRequest;
import dev.tradescope.marketdata.PriceSeries;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.marketdata.local.LocalFileSource;
import dev.tradescope.support.Result;
import dev.tradescope.testing.DemoWorkspace;
import dev.tradescope.trade.Trade;
import dev.tradescope.trade.csv.TradeHistoryReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Computes the market context from the demo workspace's files and checks it against a naive computation here. */
class DemoWorkspaceContextTest {
    private static final Path WORKSPACE = DemoWorkspace.path();
    private static final LocalDate AS_OF = LocalDate.parse("2025-07-31");
    private static final TradingWindow WINDOW = new TradingWindow(earliestEntry(), AS_OF, AS_OF);
    private static final LocalFileSource SOURCE = new LocalFileSource(WORKSPACE,
            Clock.fixed(Instant.parse("2025-08-01T12:00:00Z"), ZoneOffset.UTC));

    // The demo trades' first entry, so that every closed trade lies inside the window.
    private static LocalDate earliestEntry() {
        List<Trade> trades = new ArrayList<>();
        new TradeHistoryReader(AS_OF).readInOrder(WORKSPACE.resolve("data/raw/trade_history/demo_portfolio_20250731.csv"),
                trades::add);
        return trades.stream().map(Trade::entryDate).min(LocalDate::compareTo).orElseThrow();
    }

    // The naive reading of a series file: date, value.
    private static TreeMap<LocalDate, Double> naiveSeries(String file) throws IOException {
        TreeMap<LocalDate, Double> values = new TreeMap<>();
        List<String> lines = Files.readAllLines(WORKSPACE.resolve("data/series").resolve(file));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            values.put(LocalDate.parse(cells[0]), Double.parseDouble(cells[1]));
        }
        return values;
    }

    private static Result<MarketData<PriceSeries>> history(String symbol) {
        return SOURCE.fetch(new PriceHistoryRequest(symbol, WINDOW.priceHistoryFrom(), WINDOW.historyTo()));
    }

    private static Result<MarketData<EconomicSeries>> series(String id) {
        return SOURCE.fetch(new EconomicSeriesRequest(id, WINDOW.economicSeriesFrom(), WINDOW.historyTo()));
    }

    // The naive reading: column 0 date, column 4 close, into a sorted map.
    private static TreeMap<LocalDate, Double> naiveCloses(String file) throws IOException {
        TreeMap<LocalDate, Double> closes = new TreeMap<>();
        List<String> lines = Files.readAllLines(WORKSPACE.resolve("data/prices").resolve(file));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            closes.put(LocalDate.parse(cells[0]), Double.parseDouble(cells[4]));
        }
        return closes;
    }

    @Test
    void spy_windowYtdVolatilityAndDrawdown_matchNaiveComputation() throws IOException {
        TreeMap<LocalDate, Double> all = naiveCloses("SPY.csv");
        List<Double> window = new ArrayList<>(all.subMap(WINDOW.start(), true, WINDOW.end(), true).values());

        BenchmarkContext spy = BenchmarkContext.from("SPY", history("SPY"), WINDOW);

        assertThat(spy.unavailable()).isEmpty();
        assertThat(spy.priceBasis()).contains("close");
        assertThat(spy.provenance().orElseThrow().provider()).isEqualTo(ProviderId.LOCAL);
        assertThat(spy.window().bars()).isEqualTo(window.size());
        assertThat(spy.window().start().orElseThrow().date()).isEqualTo(all.ceilingKey(WINDOW.start()));
        double asOfClose = all.floorEntry(AS_OF).getValue();
        assertThat(spy.window().end()).contains(new PricePoint(all.floorKey(AS_OF), asOfClose));
        double first = window.get(0);
        double last = window.get(window.size() - 1);
        assertThat(spy.window().totalReturn().getAsDouble()).isCloseTo(last / first - 1, within(1e-12));
        double base = all.floorEntry(LocalDate.parse("2024-12-31")).getValue();
        assertThat(spy.yearToDate().totalReturn().getAsDouble()).isCloseTo(asOfClose / base - 1, within(1e-12));
        assertThat(spy.window().annualisedVolatility().getAsDouble()).isCloseTo(twoPassVolatility(window), within(1e-10));
        assertThat(spy.window().maxDrawdown().getAsDouble()).isCloseTo(bruteForceDrawdown(window), within(1e-12));
        assertThat(spy.window().maxDrawdown().getAsDouble()).isNegative();
    }

    @Test
    void demoTrades_againstSpy_matchNaiveHoldingPeriodReturns() throws IOException {
        TreeMap<LocalDate, Double> spy = naiveCloses("SPY.csv");
        List<Trade> trades = new ArrayList<>();
        new TradeHistoryReader(WINDOW.asOf()).readInOrder(
                WORKSPACE.resolve("data/raw/trade_history/demo_portfolio_20250731.csv"), trades::add);
        ExcessReturnAggregator aggregator = ExcessReturnAggregator.from("SPY", history("SPY"));

        trades.forEach(aggregator);

        double excessSum = 0;
        int compared = 0;
        int beat = 0;
        for (Trade trade : trades) {
            if (trade.isClosed() && trade.returnValue().isPresent() && trade.exitDate().isPresent()) {
                double benchmark = spy.floorEntry(trade.exitDate().get()).getValue()
                        / spy.floorEntry(trade.entryDate()).getValue() - 1;
                BigDecimal excess = trade.returnValue().get().subtract(BigDecimal.valueOf(benchmark));
                excessSum += excess.doubleValue();
                compared++;
                beat += excess.signum() > 0 ? 1 : 0;
            }
        }
        ExcessReturns snapshot = aggregator.snapshot();
        assertThat(compared).isPositive();
        assertThat(snapshot.trades().compared()).isEqualTo(compared);
        assertThat(snapshot.trades().skippedOpen()).isEqualTo(trades.stream().filter(t -> !t.isClosed()).count());
        assertThat(snapshot.meanExcessReturn().getAsDouble()).isCloseTo(excessSum / compared, within(1e-12));
        assertThat(snapshot.shareBeatingBenchmark().getAsDouble()).isEqualTo((double) beat / compared);
    }

    @Test
    void demoWorkspace_givesCompleteContext_withVixRegimeAndRatesFromTheFiles() throws IOException {
        VolatilityRegime vix = VolatilityRegime.from(VolatilityRegime.VIX, history(VolatilityRegime.VIX), WINDOW);
        RatesContext rates = RatesContext.from(series(RatesContext.FED_FUNDS), series(RatesContext.TEN_YEAR), WINDOW);

        MarketContext context = MarketContext.of(WINDOW,
                List.of(BenchmarkContext.from("SPY", history("SPY"), WINDOW),
                        BenchmarkContext.from("QQQ", history("QQQ"), WINDOW),
                        BenchmarkContext.from("VTI", history("VTI"), WINDOW)),
                ExcessReturnAggregator.from("SPY", history("SPY")).snapshot(), List.of(), vix, rates);

        TreeMap<LocalDate, Double> vixCloses = naiveCloses("^VIX.csv");
        double vixAtAsOf = vixCloses.floorEntry(AS_OF).getValue();
        assertThat(vix.atAsOf()).contains(new PricePoint(vixCloses.floorKey(AS_OF), vixAtAsOf));
        assertThat(vix.regime()).contains(VolatilityRegime.classify(vixAtAsOf));
        TreeMap<LocalDate, Double> fed = naiveSeries("FEDFUNDS.csv");
        assertThat(rates.fedFunds().latest().orElseThrow().date()).isEqualTo(fed.floorKey(AS_OF));
        assertThat(rates.fedFunds().atWindowStart().orElseThrow().date()).isEqualTo(fed.floorKey(WINDOW.start()));
        assertThat(rates.fedFunds().changePoints().getAsDouble()).isCloseTo(
                fed.floorEntry(AS_OF).getValue() - fed.floorEntry(WINDOW.start()).getValue(), within(1e-9));
        assertThat(rates.tenYear().latest().orElseThrow().value())
                .isEqualTo(naiveSeries("DGS10.csv").floorEntry(AS_OF).getValue());
        assertThat(context.missing()).isEmpty();
        assertThat(context.confidencePenalty()).isZero();
    }

    // Mean first, then the sum of squared deviations: a different route from the production code's Welford.
    private static double twoPassVolatility(List<Double> closes) {
        double[] logs = new double[closes.size() - 1];
        for (int i = 1; i < closes.size(); i++) {
            logs[i - 1] = Math.log(closes.get(i) / closes.get(i - 1));
        }
        double mean = java.util.Arrays.stream(logs).average().orElseThrow();
        double squares = java.util.Arrays.stream(logs).map(x -> (x - mean) * (x - mean)).sum();
        return Math.sqrt(squares / (logs.length - 1)) * Math.sqrt(252);
    }

    // Every pair of an earlier and a later close.
    private static double bruteForceDrawdown(List<Double> closes) {
        double worst = 0;
        for (int i = 0; i < closes.size(); i++) {
            for (int j = i + 1; j < closes.size(); j++) {
                worst = Math.min(worst, closes.get(j) / closes.get(i) - 1);
            }
        }
        return worst;
    }
}
