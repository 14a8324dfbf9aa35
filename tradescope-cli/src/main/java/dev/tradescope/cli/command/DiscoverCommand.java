package dev.tradescope.cli.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tradescope.cli.VersionProvider;
import dev.tradescope.config.ResearchSettings;
import dev.tradescope.discovery.Discovery;
import dev.tradescope.discovery.DiscoveryRequest;
import dev.tradescope.discovery.DiscoveryResult;
import dev.tradescope.discovery.Timeframe;
import dev.tradescope.report.DiscoveryDocument;
import dev.tradescope.report.DocumentWriter;
import dev.tradescope.report.TextSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Runs a discovery of one portfolio and writes its document. */
@Command(name = "discover", mixinStandardHelpOptions = true,
        description = "Discover a portfolio: trade statistics, local research and data quality, written as a JSON "
                + "document with a short summary on the terminal.",
        footer = {"", "Exit codes: 0 done, 1 unexpected failure, 2 usage error or invalid input, 3 resource limit."})
public final class DiscoverCommand implements Callable<Integer> {
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PORTFOLIO",
            description = "Portfolio name in data/raw/trade_history (NAME or NAME_YYYYMMDD) or a path to a CSV file.")
    String portfolio;

    @Option(names = "--workspace", paramLabel = "DIR", defaultValue = ".",
            description = "Workspace root (default: the current directory).")
    Path workspace;

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

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|-",
            description = "Where the JSON goes; '-' for standard output (default: "
                    + DocumentWriter.OUTPUT_DIR + "/{portfolio}_{as-of YYYYMMDD}.json in the workspace).")
    String output;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "What the terminal shows: the text summary, or the whole JSON document (default: text).")
    Format format;

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
        /** The JSON document. */
        json
    }

    @Override
    public Integer call() {
        LocalDate date = asOf != null ? asOf : LocalDate.now(clock.withZone(ZoneOffset.UTC));
        DiscoveryRequest request = new DiscoveryRequest(portfolio, workspace, date, timeframe,
                "all".equalsIgnoreCase(strategy) ? Optional.empty() : Optional.of(strategy));
        Discovery discovery = new Discovery(clock, ResearchSettings.defaults(), VersionProvider.version(), rows -> { });
        DiscoveryResult result = discovery.run(request);
        ObjectNode document = DiscoveryDocument.of(result);
        PrintWriter out = spec.commandLine().getOut();
        if ("-".equals(output)) {
            DocumentWriter.write(document, out);
            return 0;
        }
        Path target = target(result);
        DocumentWriter.write(document, target);
        if (format == Format.json) {
            DocumentWriter.write(document, out);
        } else {
            out.print(TextSummary.render(result, Optional.of(target)));
            out.flush();
        }
        return 0;
    }

    private Path target(DiscoveryResult result) {
        if (output != null) {
            return Path.of(output).toAbsolutePath().normalize();
        }
        return result.request().workspace().resolve(DocumentWriter.OUTPUT_DIR)
                .resolve(result.portfolio().name() + "_" + result.request().asOf().format(COMPACT) + ".json");
    }

    /** Converts the {@code --timeframe} text. */
    static final class TimeframeConverter implements picocli.CommandLine.ITypeConverter<Timeframe> {
        @Override
        public Timeframe convert(String value) {
            return Timeframe.parse(value);
        }
    }
}
