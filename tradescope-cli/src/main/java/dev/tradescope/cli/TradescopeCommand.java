package dev.tradescope.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top command: lists the subcommands and answers {@code --help} and {@code --version}. */
@Command(name = "tradescope",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Builds a discovery package from a trade-history export: trade statistics, "
                + "local research and market context, local-first.")
public final class TradescopeCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
