package dev.tradescope.cli.command;

import dev.tradescope.cli.option.ConfigOption;
import dev.tradescope.cli.option.WorkspaceOption;
import dev.tradescope.marketdata.DailyBar;
import dev.tradescope.marketdata.EconomicSeries;
import dev.tradescope.marketdata.EconomicSeriesRequest;
import dev.tradescope.marketdata.MarketData;
import dev.tradescope.marketdata.MarketDataRequest;
import dev.tradescope.marketdata.Observation;
import dev.tradescope.marketdata.PriceHistoryRequest;
import dev.tradescope.marketdata.PriceSeries;
import dev.tradescope.marketdata.Quote;
import dev.tradescope.marketdata.QuoteRequest;
import dev.tradescope.support.Failure;
import dev.tradescope.support.Formats;
import dev.tradescope.support.Result;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Groups the market data commands: history, quote and series, through the cache and the resilience stack. */
@Command(name = "market", mixinStandardHelpOptions = true,
        description = "Fetches market data through the provider chain and prints where it came from.",
        subcommands = {MarketCommand.History.class, MarketCommand.QuoteCommand.class, MarketCommand.Series.class})
public final class MarketCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** The output formats of {@code market history}. */
    enum HistoryFormat { TEXT, JSON, CSV }

    /** Options every market command shares. */
    static class Common {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOption workspace;
        @Mixin
        ConfigOption config;
        @Option(names = "--provider", paramLabel = "NAME", description = "Ask only this provider (no fallback chain).")
        String provider;
        @Option(names = "--offline", description = "Read only local files (data/prices, data/series).")
        boolean offline;

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        <T> Optional<MarketData<T>> fetch(MarketDataRun run, MarketDataRequest<T> request, List<Failure> failures) {
            Result<MarketData<T>> result = run.fetch(request, Optional.ofNullable(provider));
            result.findFailure().ifPresent(f -> {
                failures.add(f);
                spec.commandLine().getErr().println("tradescope: " + f.describe());
            });
            return result.findValue();
        }

        int exitCode(List<Failure> failures) {
            spec.commandLine().getErr().flush();
            out().flush();
            return failures.stream().mapToInt(f -> MarketDataRun.exitCodeOf(f.kind())).max().orElse(0);
        }

        void printTries(MarketDataRun run) {
            run.attempts().forEach(a -> out().println("  tried " + a.describe()));
        }
    }

    /** Prints daily bars of a symbol. */
    @Command(name = "history", mixinStandardHelpOptions = true, description = "Prints the daily bars of a symbol.")
    static final class History extends Common implements Callable<Integer> {
        @Parameters(paramLabel = "SYMBOL", description = "Ticker or index, such as SPY or ^VIX.")
        String symbol;
        @Option(names = "--from", required = true, paramLabel = "DATE", description = "First day, YYYY-MM-DD.")
        LocalDate from;
        @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last day, YYYY-MM-DD.")
        LocalDate to;
        @Option(names = "--format", defaultValue = "text", description = "text, json or csv (default: ${DEFAULT-VALUE}).")
        HistoryFormat format;

        @Override
        public Integer call() {
            List<Failure> failures = new ArrayList<>();
            try (MarketDataRun run = MarketDataRun.open(workspace, config, offline)) {
                fetch(run, new PriceHistoryRequest(symbol, from, to), failures).ifPresent(data -> print(run, data));
                return exitCode(failures);
            }
        }

        private void print(MarketDataRun run, MarketData<PriceSeries> data) {
            switch (format) {
                case CSV -> printCsv(data.value());
                case JSON -> out().println(JsonOut.write(tree(run, data)));
                default -> printText(run, data);
            }
        }

        private void printCsv(PriceSeries series) {
            out().println("date,open,high,low,close,adj_close,volume");
            series.bars().forEach(b -> out().println(Formats.format("%s,%s,%s,%s,%s,%s,%d", b.date(),
                    b.open(), b.high(), b.low(), b.close(), b.adjustedClose(), b.volume())));
        }

        private void printText(MarketDataRun run, MarketData<PriceSeries> data) {
            PriceSeries s = data.value();
            out().println(s.symbol() + ": " + s.bars().size() + " bars " + s.findFirstDate().map(Object::toString).orElse("")
                    + ".." + s.findLastDate().map(Object::toString).orElse("") + (s.adjusted() ? " (adjusted close)" : ""));
            out().println(Formats.format("%-10s %12s %12s %12s %12s %14s", "date", "open", "high", "low",
                    "close", "volume"));
            s.bars().forEach(b -> out().println(Formats.format("%-10s %12.4f %12.4f %12.4f %12.4f %14d",
                    b.date(), b.open(), b.high(), b.low(), b.close(), b.volume())));
            out().println(MarketDataRun.describe(data.provenance()));
            printTries(run);
        }

        private Map<String, Object> tree(MarketDataRun run, MarketData<PriceSeries> data) {
            Map<String, Object> tree = new LinkedHashMap<>();
            tree.put("symbol", data.value().symbol());
            tree.put("adjusted", data.value().adjusted());
            List<Map<String, Object>> bars = new ArrayList<>();
            for (DailyBar b : data.value().bars()) {
                Map<String, Object> bar = new LinkedHashMap<>();
                bar.put("date", b.date().toString());
                bar.put("open", b.open());
                bar.put("high", b.high());
                bar.put("low", b.low());
                bar.put("close", b.close());
                bar.put("adj_close", b.adjustedClose());
                bar.put("volume", b.volume());
                bars.add(bar);
            }
            tree.put("bars", bars);
            tree.put("provenance", MarketDataRun.provenanceTree(data.provenance()));
            tree.put("attempts", MarketDataRun.attemptsTree(run.attempts()));
            return tree;
        }
    }

    /** Prints the latest price of one or more symbols. */
    @Command(name = "quote", mixinStandardHelpOptions = true, description = "Prints the latest price of symbols.")
    static final class QuoteCommand extends Common implements Callable<Integer> {
        @Parameters(paramLabel = "SYMBOL", arity = "1..*", description = "Tickers or indices.")
        List<String> symbols;

        @Override
        public Integer call() {
            List<Failure> failures = new ArrayList<>();
            try (MarketDataRun run = MarketDataRun.open(workspace, config, offline)) {
                for (String symbol : symbols) {
                    fetch(run, new QuoteRequest(symbol), failures).ifPresent(this::print);
                }
                printTries(run);
                return exitCode(failures);
            }
        }

        private void print(MarketData<Quote> data) {
            Quote q = data.value();
            String previous = q.previousClose().isPresent()
                    ? Formats.format(" (previous close %.4f)", q.previousClose().getAsDouble()) : "";
            out().println(Formats.format("%-8s %12.4f %s at %s%s", q.symbol(), q.price(), q.currency(),
                    q.marketTime(), previous));
            out().println("  " + MarketDataRun.describe(data.provenance()));
        }
    }

    /** Prints the observations of an economic series. */
    @Command(name = "series", mixinStandardHelpOptions = true, description = "Prints an economic series (FRED id).")
    static final class Series extends Common implements Callable<Integer> {
        @Parameters(paramLabel = "ID", description = "Series id such as FEDFUNDS, DGS10, VIXCLS.")
        String id;
        @Option(names = "--from", required = true, paramLabel = "DATE", description = "First day, YYYY-MM-DD.")
        LocalDate from;
        @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last day, YYYY-MM-DD.")
        LocalDate to;

        @Override
        public Integer call() {
            List<Failure> failures = new ArrayList<>();
            try (MarketDataRun run = MarketDataRun.open(workspace, config, offline)) {
                fetch(run, new EconomicSeriesRequest(id, from, to), failures).ifPresent(data -> print(run, data));
                return exitCode(failures);
            }
        }

        private void print(MarketDataRun run, MarketData<EconomicSeries> data) {
            EconomicSeries s = data.value();
            out().println(s.seriesId() + ": " + s.observations().size() + " observations, " + s.missingCount() + " missing");
            for (Observation o : s.observations()) {
                out().println(Formats.format("%-10s %s", o.date(), o.value()));
            }
            out().println(MarketDataRun.describe(data.provenance()));
            printTries(run);
        }
    }
}
