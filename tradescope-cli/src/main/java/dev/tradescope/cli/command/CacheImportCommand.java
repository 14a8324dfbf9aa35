package dev.tradescope.cli.command;

import dev.tradescope.cache.CacheMaintenance;
import dev.tradescope.cache.ImportReport;
import dev.tradescope.cache.TtlPolicy;
import dev.tradescope.support.Formats;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Imports the still-valid entries of an older tool's flat cache under the new keys. */
@Command(name = "import-legacy", mixinStandardHelpOptions = true,
        description = "Imports <md5>.json files holding {\"timestamp\", \"data\"} (optionally in per-service "
                + "subfolders): still-valid entries are filed under the new keys; the rest is reported.")
public final class CacheImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CacheLocation location;

    @Parameters(index = "0", paramLabel = "DIR", description = "The legacy cache folder.")
    Path legacyDir;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: text).")
    OutputFormat format = OutputFormat.TEXT;

    /** Imports the legacy cache and returns 0 (files that could not be imported are reported, not fatal). */
    @Override
    public Integer call() {
        TtlPolicy policy = TtlPolicy.withOverrides(location.settings().ttlOverrides());
        ImportReport report = new CacheMaintenance(location.root(), Clock.systemUTC()).importLegacy(legacyDir, policy);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == OutputFormat.JSON ? CacheJson.write(report) + System.lineSeparator() : text(report));
        out.flush();
        return 0;
    }

    private static String text(ImportReport report) {
        StringBuilder text = new StringBuilder();
        for (ImportReport.Imported imported : report.imported()) {
            text.append("imported ").append(imported.file()).append(" as ").append(imported.key()).append('\n');
        }
        for (ImportReport.Skipped skipped : report.skipped()) {
            text.append("not imported ").append(skipped.file()).append(": ").append(skipped.reason()).append('\n');
        }
        text.append(Formats.format("read %d legacy files: %d entries imported, %d not imported%n",
                report.filesRead(), report.imported().size(), report.skipped().size()));
        return text.toString();
    }
}
