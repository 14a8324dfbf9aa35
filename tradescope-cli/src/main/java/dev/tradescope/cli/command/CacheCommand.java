package dev.tradescope.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Groups the cache maintenance commands: stats, verify, clean, import-legacy. */
@Command(name = "cache",
        mixinStandardHelpOptions = true,
        description = "Inspects and tidies the market data cache; safe while a discovery runs.",
        subcommands = {CacheStatsCommand.class, CacheVerifyCommand.class, CacheCleanCommand.class,
            CacheImportCommand.class})
public final class CacheCommand implements Runnable {

    @Spec
    CommandSpec spec;

    /** Fails with the list of subcommands: {@code cache} needs one. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing cache command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
