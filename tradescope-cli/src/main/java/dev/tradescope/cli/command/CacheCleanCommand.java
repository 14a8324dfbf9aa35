package dev.tradescope.cli.command;

import dev.tradescope.cache.CacheMaintenance;
import dev.tradescope.cache.CleanReport;
import dev.tradescope.cache.CleanRequest;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.support.Formats;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Removes cache entries by expiry, provider or age, or all of them; {@code --dry-run} only lists. */
@Command(name = "clean", mixinStandardHelpOptions = true,
        description = "Removes expired entries, entries of one provider, entries older than an age, or all; "
                + "prints what it removed and the bytes freed.")
public final class CacheCleanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CacheLocation location;

    @Option(names = "--expired", description = "Remove entries past their expiry.")
    boolean expired;

    @Option(names = "--provider", paramLabel = "NAME", description = "Remove only entries of this provider.")
    Optional<String> provider = Optional.empty();

    @Option(names = "--older-than", paramLabel = "DURATION", description = "Remove entries stored longer ago, e.g. 7d, 12h, 30m.")
    Optional<String> olderThan = Optional.empty();

    @Option(names = "--all", description = "Remove every entry (and the quarantine).")
    boolean all;

    @Option(names = "--dry-run", description = "List what would be removed without removing it.")
    boolean dryRun;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: text).")
    OutputFormat format = OutputFormat.TEXT;

    /** Cleans the cache and returns 0. */
    @Override
    public Integer call() {
        CleanRequest request = request();
        CleanReport report = new CacheMaintenance(location.root(), Clock.systemUTC()).clean(request);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == OutputFormat.JSON ? CacheJson.write(report) + System.lineSeparator() : text(report));
        out.flush();
        return 0;
    }

    private CleanRequest request() {
        try {
            return new CleanRequest(expired, provider.map(this::providerOf), olderThan.map(CleanRequest::parseAge), all,
                    dryRun);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private ProviderId providerOf(String name) {
        return ProviderId.findById(name).orElseThrow(() -> new IllegalArgumentException("--provider: unknown provider '"
                + name + "'; valid: " + Arrays.toString(ProviderId.values())));
    }

    private static String text(CleanReport report) {
        StringBuilder text = new StringBuilder();
        String verb = report.dryRun() ? "would remove " : "removed ";
        for (CleanReport.Removed removed : report.removed()) {
            text.append(verb).append(removed.file()).append(" (").append(removed.reason()).append(", ")
                    .append(removed.bytes()).append(" bytes)\n");
        }
        text.append(Formats.format("%s%d files, %d bytes%s%n", verb, report.removed().size(),
                report.bytesFreed(), report.dryRun() ? " (dry run: nothing removed)" : " freed"));
        return text.toString();
    }
}
