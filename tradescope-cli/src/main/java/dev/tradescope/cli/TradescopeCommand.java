package dev.tradescope.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The top command: lists the subcommands and answers {@code --help} and {@code --version}. Its command model
 * is built in code ({@link #model()}, see {@link CommandModel}): every run starts with it.
 */
public final class TradescopeCommand implements Runnable {
    private CommandSpec spec;

    /** Builds the command's model. */
    public CommandSpec model() {
        CommandSpec model = CommandSpec.wrapWithoutInspection(this);
        model.name("tradescope").versionProvider(new VersionProvider());
        model.usageMessage().description("Builds a discovery package from a trade-history export: trade statistics, "
                + "local research and market context, local-first.");
        CommandModel.addStandardHelpOptions(model);
        this.spec = model;
        return model;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
