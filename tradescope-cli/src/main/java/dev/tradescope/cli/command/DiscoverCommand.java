package dev.tradescope.cli.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tradescope.cli.BackgroundStack;
import dev.tradescope.cli.ProgressDisplay;
import dev.tradescope.cli.VersionProvider;
import dev.tradescope.cli.Wiring;
import dev.tradescope.cli.option.ConfigOption;
import dev.tradescope.cli.option.WorkspaceOption;
import dev.tradescope.config.Quantities;
import dev.tradescope.config.TradescopeConfig;
import dev.tradescope.discovery.Discovery;
import dev.tradescope.discovery.DiscoveryEnvironment;
import dev.tradescope.discovery.DiscoveryRequest;
import dev.tradescope.discovery.DiscoveryResult;
import dev.tradescope.discovery.DiscoveryRun;
import dev.tradescope.discovery.MemoryGuard;
import dev.tradescope.discovery.PortfolioResolver;
import dev.tradescope.discovery.Progress;
import dev.tradescope.discovery.RunSettings;
import dev.tradescope.discovery.Timeframe;
import dev.tradescope.report.DiscoveryDocument;
import dev.tradescope.report.DocumentWriter;
import dev.tradescope.report.PlanDocument;
import dev.tradescope.report.TextSummary;
import dev.tradescope.support.InvalidInputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Runs the discovery of one or more portfolios and writes one document each. */
@Command(name = "discover", mixinStandardHelpOptions = true,
        description = "Discover portfolios: trade statistics, local research, market context and data quality, "
                + "written as one JSON document each, with a short summary on the terminal.",
        footer = {"", "Exit codes: 0 done (possibly with degraded market data, said in the summary), 1 unexpected "
                + "failure, 2 usage error or invalid input, 3 stopped by a resource limit (memory, --strict deadline)."})
public final class DiscoverCommand implements Callable<Integer> {
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Mixin
    ConfigOption config;

    @Parameters(paramLabel = "PORTFOLIO", arity = "0..*",
            description = "Portfolio names in data/raw/trade_history (NAME or NAME_YYYYMMDD) or paths to CSV files.")
    List<String> portfolios = new ArrayList<>();

    @Option(names = "--all", description = "Discover every portfolio of the workspace in one run.")
    boolean all;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "Date every day count and age uses (default: today, UTC).")
    LocalDate asOf;

    @Option(names = "--timeframe", paramLabel = "1m|3m|6m|1y|ytd|all", defaultValue = "all",
            converter = TimeframeConverter.class,
            description = "Keep trades whose entry lies in this window ending at the as-of date (default: all).")
    Timeframe timeframe;

    @Option(names = "--strategy", paramLabel = "NAME|all", defaultValue = "all",
            description = "Keep one strategy type, such as SMA (default: all).")
    String strategy;

    @Option(names = "--benchmark", paramLabel = "SYMBOL", defaultValue = RunSettings.DEFAULT_BENCHMARK,
            description = "The benchmark trades are compared against (default: SPY; QQQ and VTI are always shown).")
    String benchmark;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|-",
            description = "Where the JSON goes, for one portfolio; '-' for standard output (default: "
                    + DocumentWriter.OUTPUT_DIR + "/{portfolio}_{as-of YYYYMMDD}.json in the workspace).")
    String output;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "What the terminal shows: the text summary, or the JSON (default: text).")
    Format format;

    @Option(names = "--plan", description = "Print the data plan (what would be read from where, at what cost, "
            + "and where the calls would wait for a limit or be refused) and stop.")
    boolean planOnly;

    @Option(names = "--offline", description = "Use local files and the cache only; never call an API.")
    boolean offline;

    @Option(names = "--online", description = "Call APIs even when no API key is configured (Yahoo, IMF need none).")
    boolean online;

    @Option(names = "--deadline", paramLabel = "DURATION", defaultValue = "60s", converter = DurationConverter.class,
            description = "Finish with what is in hand after this long, marking the rest timed out (default: 60s).")
    Duration deadline;

    @Option(names = "--strict", description = "Make a passed deadline an error (exit 3) instead of a warning.")
    boolean strict;

    @Option(names = "--max-memory", paramLabel = "SIZE", defaultValue = "1g", converter = SizeConverter.class,
            description = "Stop cleanly (exit 3) when the heap after garbage collection passes this (default: 1g).")
    long maxMemory;

    @Option(names = "--reuse", description = "Reuse the market context of a discovery of the same input written within "
            + "research.prior-discovery-window (default 24h), same as-of and benchmark, instead of gathering it again.")
    boolean reuse;

    @Option(names = {"-q", "--quiet"}, description = "No progress display.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces of unexpected failures.")
    boolean verbose;

    private final Clock clock;

    /** Builds the command with the system UTC clock. */
    public DiscoverCommand() {
        this(Clock.systemUTC());
    }

    /** Builds the command with a given clock (tests). */
    public DiscoverCommand(Clock clock) {
        this.clock = clock;
    }

    /** Names what the terminal shows. */
    public enum Format {
        /** The text summary. */
        text,
        /** The JSON document (or plan). */
        json
    }

    @Override
    public Integer call() {
        List<DiscoveryRequest> requests = requests();
        TradescopeConfig loaded = effective(config.load(workspace.path()));
        Progress progress = ProgressDisplay.forTerminal(quiet);
        MemoryGuard guard = MemoryGuard.watching(maxMemory);
        try (BackgroundStack stack = BackgroundStack.open(loaded, workspace.path(), clock)) {
            Discovery discovery = new Discovery(new DiscoveryEnvironment(clock, loaded.research(),
                    VersionProvider.version(), stack::access, new RunSettings(benchmark, deadline, strict,
                    RunSettings.DEFAULT_IN_FLIGHT, reuse), guard, progress));
            if (planOnly) {
                clear(progress);
                return printPlan(discovery, requests);
            }
            DiscoveryRun run = discovery.run(requests);
            clear(progress);
            return write(run);
        }
    }

    private List<DiscoveryRequest> requests() {
        if (output != null && (all || portfolios.size() > 1)) {
            throw new InvalidInputException("--output takes one portfolio; with several, each document goes to "
                    + DocumentWriter.OUTPUT_DIR);
        }
        if (offline && online) {
            throw new InvalidInputException("--offline and --online exclude each other");
        }
        List<String> names = new ArrayList<>(portfolios);
        if (all) {
            names.addAll(new PortfolioResolver(workspace.path()).listNames());
        }
        if (names.isEmpty()) {
            throw new InvalidInputException("name a PORTFOLIO or give --all; portfolios in "
                    + workspace.path().resolve(PortfolioResolver.TRADE_HISTORY_DIR) + ": "
                    + String.join(", ", new PortfolioResolver(workspace.path()).listNames()));
        }
        LocalDate date = asOf != null ? asOf : LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Optional<String> kept = "all".equalsIgnoreCase(strategy) ? Optional.empty() : Optional.of(strategy);
        return names.stream().distinct().map(n -> new DiscoveryRequest(n, workspace.path(), date, timeframe, kept))
                .toList();
    }

    // Offline unless told otherwise: with no API key or User-Agent configured, local files and the cache only.
    private TradescopeConfig effective(TradescopeConfig loaded) {
        boolean goOffline = offline || (!online && (loaded.marketData().offline() || !Wiring.hasAnyCredential(loaded)));
        return loaded.withMarketData(loaded.marketData().withOffline(goOffline));
    }

    private int printPlan(Discovery discovery, List<DiscoveryRequest> requests) {
        var plan = discovery.plan(requests);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            DocumentWriter.write(PlanDocument.json(plan), out);
        } else {
            out.print(PlanDocument.text(plan));
            out.flush();
        }
        return 0;
    }

    // Documents are built first and written only when every one of them could be built.
    private int write(DiscoveryRun run) {
        List<Built> documents = new ArrayList<>(run.results().size());
        run.results().forEach(r -> documents.add(new Built(r, DiscoveryDocument.of(r))));
        PrintWriter out = spec.commandLine().getOut();
        if ("-".equals(output)) {
            documents.forEach(d -> DocumentWriter.write(d.document(), out));
            return 0;
        }
        for (Built built : documents) {
            Path target = target(built.result());
            DocumentWriter.write(built.document(), target);
            if (format == Format.json) {
                DocumentWriter.write(built.document(), out);
            } else {
                out.print(TextSummary.render(built.result(), Optional.of(target)));
            }
        }
        if (documents.size() > 1 && format == Format.text) {
            out.print(TextSummary.renderRun(run));
        }
        out.flush();
        return 0;
    }

    // A portfolio's result and its document. Not a map key: a result's value hash would walk every
    // trade statistic it holds (and, the first time, link a method handle per record type).
    private record Built(DiscoveryResult result, ObjectNode document) {
    }

    private Path target(DiscoveryResult result) {
        if (output != null) {
            return Path.of(output).toAbsolutePath().normalize();
        }
        return result.request().workspace().resolve(DocumentWriter.OUTPUT_DIR)
                .resolve(result.portfolio().name() + "_" + result.request().asOf().format(COMPACT) + ".json");
    }

    private static void clear(Progress progress) {
        if (progress instanceof ProgressDisplay display) {
            display.clear();
        }
    }

    /** Converts the {@code --timeframe} text. */
    static final class TimeframeConverter implements picocli.CommandLine.ITypeConverter<Timeframe> {
        @Override
        public Timeframe convert(String value) {
            return Timeframe.parse(value);
        }
    }

    /** Converts durations such as {@code 60s}, {@code 2m}. */
    static final class DurationConverter implements picocli.CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return Quantities.parseDuration(value).filter(d -> !d.isNegative() && !d.isZero())
                    .orElseThrow(() -> new picocli.CommandLine.TypeConversionException(
                            "expected a positive duration such as 30s, 2m or 1h, was '" + value + "'"));
        }
    }

    /** Converts sizes such as {@code 512m}, {@code 1g}. */
    static final class SizeConverter implements picocli.CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            java.util.OptionalLong bytes = Quantities.parseSize(value);
            if (bytes.isEmpty() || bytes.getAsLong() <= 0) {
                throw new picocli.CommandLine.TypeConversionException(
                        "expected a positive size such as 512m or 1g, was '" + value + "'");
            }
            return bytes.getAsLong();
        }
    }
}
