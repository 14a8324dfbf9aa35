package dev.tradescope.cli.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tradescope.cli.BackgroundStack;
import dev.tradescope.cli.CommandModel;
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
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Runs the discovery of one or more portfolios and writes one document each. Its command model is built in
 * code ({@link #model()}, see {@link CommandModel}): every discovery run starts by parsing its options.
 */
public final class DiscoverCommand implements Callable<Integer> {
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

    CommandSpec spec;
    final WorkspaceOption workspace = new WorkspaceOption();
    final ConfigOption config = new ConfigOption();
    List<String> portfolios = new ArrayList<>();
    boolean all;
    LocalDate asOf;
    Timeframe timeframe;
    String strategy;
    String benchmark;
    String output;
    Format format;
    boolean planOnly;
    boolean offline;
    boolean online;
    Duration deadline;
    boolean strict;
    long maxMemory;
    boolean reuse;
    boolean quiet;
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

    /** Builds the command's model, bound to this object's fields. */
    public CommandSpec model() {
        CommandSpec model = CommandSpec.wrapWithoutInspection(this);
        model.name("discover").versionProvider(new VersionProvider());
        model.usageMessage()
                .description("Discover portfolios: trade statistics, local research, market context and data quality, "
                        + "written as one JSON document each, with a short summary on the terminal.")
                .footer("", "Exit codes: 0 done (possibly with degraded market data, said in the summary), 1 unexpected "
                        + "failure, 2 usage error or invalid input, 3 stopped by a resource limit (memory, --strict "
                        + "deadline).");
        CommandModel.addStandardHelpOptions(model);
        model.addOption(workspace.option());
        model.addOption(config.option());
        CommandModel.Binding<List<String>> portfolioBinding = CommandModel.binding(() -> portfolios,
                v -> portfolios = v == null ? new ArrayList<>() : v);
        model.addPositional(PositionalParamSpec.builder().paramLabel("PORTFOLIO").arity("0..*")
                .type(List.class).auxiliaryTypes(String.class)
                .description("Portfolio names in data/raw/trade_history (NAME or NAME_YYYYMMDD) or paths to CSV files.")
                .getter(portfolioBinding).setter(portfolioBinding).build());
        model.addOption(flag("Discover every portfolio of the workspace in one run.", () -> all, v -> all = v, "--all"));
        model.addOption(option(LocalDate.class, "YYYY-MM-DD", null,
                "Date every day count and age uses (default: today, UTC).", () -> asOf, v -> asOf = v, "--as-of").build());
        model.addOption(option(Timeframe.class, "1m|3m|6m|1y|ytd|all", "all",
                "Keep trades whose entry lies in this window ending at the as-of date (default: all).",
                () -> timeframe, v -> timeframe = v, "--timeframe").converters(new TimeframeConverter()).build());
        model.addOption(option(String.class, "NAME|all", "all", "Keep one strategy type, such as SMA (default: all).",
                () -> strategy, v -> strategy = v, "--strategy").build());
        model.addOption(option(String.class, "SYMBOL", RunSettings.DEFAULT_BENCHMARK,
                "The benchmark trades are compared against (default: SPY; QQQ and VTI are always shown).",
                () -> benchmark, v -> benchmark = v, "--benchmark").build());
        model.addOption(option(String.class, "FILE|-", null, "Where the JSON goes, for one portfolio; '-' for standard "
                + "output (default: " + DocumentWriter.OUTPUT_DIR + "/{portfolio}_{as-of YYYYMMDD}.json in the workspace).",
                () -> output, v -> output = v, "-o", "--output").build());
        model.addOption(option(Format.class, "text|json", "text",
                "What the terminal shows: the text summary, or the JSON (default: text).",
                () -> format, v -> format = v, "--format").build());
        model.addOption(flag("Print the data plan (what would be read from where, at what cost, and where the calls "
                + "would wait for a limit or be refused) and stop.", () -> planOnly, v -> planOnly = v, "--plan"));
        model.addOption(flag("Use local files and the cache only; never call an API.", () -> offline, v -> offline = v,
                "--offline"));
        model.addOption(flag("Call APIs even when no API key is configured (Yahoo, IMF need none).", () -> online,
                v -> online = v, "--online"));
        model.addOption(option(Duration.class, "DURATION", "60s",
                "Finish with what is in hand after this long, marking the rest timed out (default: 60s).",
                () -> deadline, v -> deadline = v, "--deadline").converters(new DurationConverter()).build());
        model.addOption(flag("Make a passed deadline an error (exit 3) instead of a warning.", () -> strict,
                v -> strict = v, "--strict"));
        model.addOption(option(Long.class, "SIZE", "1g",
                "Stop cleanly (exit 3) when the heap after garbage collection passes this (default: 1g).",
                () -> maxMemory, v -> maxMemory = v, "--max-memory").converters(new SizeConverter()).build());
        model.addOption(flag("Reuse the market context of a discovery of the same input written within "
                + "research.prior-discovery-window (default 24h), same as-of and benchmark, instead of gathering it "
                + "again.", () -> reuse, v -> reuse = v, "--reuse"));
        model.addOption(flag("No progress display.", () -> quiet, v -> quiet = v, "-q", "--quiet"));
        model.addOption(flag("Show stack traces of unexpected failures.", () -> verbose, v -> verbose = v,
                "-v", "--verbose"));
        this.spec = model;
        return model;
    }

    // An option taking a value, bound to a field; defaultValue null for none.
    private static <V> OptionSpec.Builder option(Class<V> type, String label, String defaultValue, String description,
                                                 Supplier<V> get, Consumer<V> set, String... names) {
        CommandModel.Binding<V> binding = CommandModel.binding(get, set);
        OptionSpec.Builder builder = OptionSpec.builder(names).type(type).paramLabel(label).description(description)
                .getter(binding).setter(binding).initialValue(get.get());
        return defaultValue == null ? builder : builder.defaultValue(defaultValue);
    }

    // A flag (an option without a value), bound to a field.
    private static OptionSpec flag(String description, Supplier<Boolean> get, Consumer<Boolean> set,
                                   String... names) {
        CommandModel.Binding<Boolean> binding = CommandModel.binding(get, set);
        return OptionSpec.builder(names).type(boolean.class).description(description).getter(binding).setter(binding)
                .initialValue(false).build();
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
