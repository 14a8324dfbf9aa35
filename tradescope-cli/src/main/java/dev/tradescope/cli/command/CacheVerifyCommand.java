package dev.tradescope.cli.command;

import dev.tradescope.cache.CacheMaintenance;
import dev.tradescope.cache.VerifyReport;
import dev.tradescope.cli.ExitCode;
import dev.tradescope.support.Formats;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Checks every cache entry; exits 0 when clean (or all repaired), 1 when problems remain. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Checks every entry (envelope, checksum, key and file name). Exit 0 when clean, "
                + "1 when problems were found and not repaired.")
public final class CacheVerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CacheLocation location;

    @Option(names = "--repair", description = "Move bad entries to the quarantine folder.")
    boolean repair;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: text).")
    OutputFormat format = OutputFormat.TEXT;

    /** Verifies the cache and returns the exit code. */
    @Override
    public Integer call() {
        VerifyReport report = new CacheMaintenance(location.root(), Clock.systemUTC()).verify(repair);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == OutputFormat.JSON ? CacheJson.write(report) + System.lineSeparator() : text(report));
        out.flush();
        return report.allRepaired() ? ExitCode.OK : ExitCode.FAILURE;
    }

    private static String text(VerifyReport report) {
        StringBuilder text = new StringBuilder();
        for (VerifyReport.Problem problem : report.problems()) {
            text.append(problem.quarantined() ? "quarantined " : "bad ").append(problem.file()).append(": ")
                    .append(problem.reason()).append('\n');
        }
        text.append(Formats.format("checked %d entries: %d valid, %d bad%s%n", report.checked(),
                report.valid(), report.problems().size(), report.problems().isEmpty() ? ""
                        : report.allRepaired() ? " (all quarantined)" : " (run with --repair to quarantine them)"));
        return text.toString();
    }
}
