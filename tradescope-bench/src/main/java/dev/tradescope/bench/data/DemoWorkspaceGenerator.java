package dev.tradescope.bench.data;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes the demo workspace's generated data: daily price files for the traded tickers and the
 * benchmarks, economic series, and a trade-history export whose prices, PnL, returns and excursions
 * come from those bars. Seeded: the same run writes the same bytes. Research notes are hand-written
 * and not touched.
 *
 * <p>Run: {@code bash bench/generate-demo.sh} (writes {@code examples/demo-workspace}).
 */
public final class DemoWorkspaceGenerator {
    static final LocalDate FIRST_DAY = LocalDate.of(2024, 11, 1);
    private static final LocalDate FIRST_SERIES_MONTH = LocalDate.of(2024, 8, 1);
    static final LocalDate AS_OF = LocalDate.of(2025, 7, 31);
    static final LocalDate SNAPSHOT = LocalDate.of(2025, 7, 28);
    private static final long SEED = 20250731L;

    private record Ticker(String symbol, double start, double beta, double drift, double sigma) {
    }

    private static final List<Ticker> TRADED = List.of(
            new Ticker("AAPL", 237.0, 1.1, 0.0002, 0.016), new Ticker("MSFT", 423.0, 1.0, 0.0005, 0.013),
            new Ticker("NVDA", 138.0, 1.7, 0.0012, 0.030), new Ticker("AMZN", 210.0, 1.3, 0.0004, 0.019),
            new Ticker("GOOGL", 171.0, 1.2, 0.0003, 0.018), new Ticker("META", 574.0, 1.4, 0.0008, 0.022),
            new Ticker("JPM", 239.0, 0.9, 0.0006, 0.013), new Ticker("XOM", 117.0, 0.5, -0.0002, 0.014),
            new Ticker("UNH", 506.0, 0.6, -0.0018, 0.021), new Ticker("COST", 965.0, 0.7, 0.0003, 0.012),
            new Ticker("LMT", 531.0, 0.4, -0.0006, 0.014), new Ticker("HD", 412.0, 0.9, 0.0001, 0.014),
            new Ticker("TSLA", 345.0, 2.0, 0.0004, 0.038), new Ticker("V", 315.0, 0.8, 0.0005, 0.011),
            new Ticker("BRK.B", 471.0, 0.6, 0.0004, 0.009));
    private static final List<Ticker> BENCHMARKS = List.of(new Ticker("SPY", 603.0, 1.0, 0.0002, 0.002),
            new Ticker("QQQ", 515.0, 1.25, 0.0002, 0.003), new Ticker("VTI", 297.0, 1.02, 0.0002, 0.002));

    private DemoWorkspaceGenerator() {
    }

    /** Writes the generated files under the workspace given as the only argument. */
    public static void main(String[] args) throws IOException {
        Path workspace = Path.of(args.length > 0 ? args[0] : "examples/demo-workspace");
        List<LocalDate> days = PriceWalk.tradingDays(FIRST_DAY, AS_OF);
        double[] market = PriceWalk.market(days.size(), SEED);
        Path prices = workspace.resolve("data/prices");
        Files.createDirectories(prices);
        List<List<PriceWalk.Bar>> traded = new ArrayList<>();
        int i = 0;
        for (Ticker t : TRADED) {
            List<PriceWalk.Bar> bars = PriceWalk.walk(days, market, t.start, t.beta, t.drift, t.sigma, SEED + ++i);
            writeBars(prices.resolve(t.symbol + ".csv"), bars);
            traded.add(bars);
        }
        for (Ticker b : BENCHMARKS) {
            writeBars(prices.resolve(b.symbol + ".csv"),
                    PriceWalk.walk(days, market, b.start, b.beta, b.drift, b.sigma, SEED + ++i));
        }
        writeBars(prices.resolve("^VIX.csv"), vix(days, market));
        writeSeries(workspace.resolve("data/series"));
        Path history = workspace.resolve("data/raw/trade_history/demo_portfolio_20250731.csv");
        Files.createDirectories(history.getParent());
        try (Writer w = Files.newBufferedWriter(history, StandardCharsets.UTF_8)) {
            new DemoTrades(days, traded, TRADED.stream().map(Ticker::symbol).toList(), SEED).write(w);
        }
    }

    private static List<PriceWalk.Bar> vix(List<LocalDate> days, double[] market) {
        Random random = new Random(SEED * 7);
        List<PriceWalk.Bar> bars = new ArrayList<>();
        double level = 15.5;
        for (int i = 0; i < days.size(); i++) {
            level = level + 0.08 * (16.5 - level) - market[i] * 180 + random.nextGaussian() * 0.6;
            level = Math.max(10.5, level);
            double open = level * (1 + random.nextGaussian() * 0.02);
            double high = Math.max(open, level) * 1.04;
            double low = Math.min(open, level) * 0.96;
            bars.add(new PriceWalk.Bar(days.get(i), PriceWalk.round(open), PriceWalk.round(high), PriceWalk.round(low),
                    PriceWalk.round(level), 0));
        }
        return bars;
    }

    private static void writeSeries(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Writer w = Files.newBufferedWriter(dir.resolve("FEDFUNDS.csv"), StandardCharsets.UTF_8)) {
            w.write("date,value\n");
            for (LocalDate month = FIRST_SERIES_MONTH; !month.isAfter(AS_OF.withDayOfMonth(1));
                 month = month.plusMonths(1)) {
                w.write(month + "," + fedFunds(month) + "\n");
            }
        }
        Random random = new Random(SEED * 11);
        double level = 4.19;
        try (Writer w = Files.newBufferedWriter(dir.resolve("DGS10.csv"), StandardCharsets.UTF_8)) {
            w.write("date,value\n");
            for (LocalDate d : PriceWalk.tradingDays(FIRST_SERIES_MONTH, AS_OF)) {
                level = Math.round((level + random.nextGaussian() * 0.045 + 0.0005) * 100) / 100.0;
                w.write(d + "," + String.format(Locale.ROOT, "%.2f", level) + "\n");
            }
        }
    }

    // The effective rate stepped down after the September, November and December 2024 cuts.
    private static String fedFunds(LocalDate month) {
        if (month.isBefore(LocalDate.of(2024, 10, 1))) {
            return month.getMonthValue() == 8 ? "5.33" : "5.13";
        }
        if (month.isBefore(LocalDate.of(2024, 12, 1))) {
            return month.getMonthValue() == 10 ? "4.83" : "4.64";
        }
        return month.getMonthValue() == 12 && month.getYear() == 2024 ? "4.48" : "4.33";
    }

    private static void writeBars(Path file, List<PriceWalk.Bar> bars) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("date,open,high,low,close,volume\n");
            for (PriceWalk.Bar b : bars) {
                w.write(String.format(Locale.ROOT, "%s,%.2f,%.2f,%.2f,%.2f,%d\n", b.date(), b.open(), b.high(), b.low(),
                        b.close(), b.volume()));
            }
        }
    }

    static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }
}
