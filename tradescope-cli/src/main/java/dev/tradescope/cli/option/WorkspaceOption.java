package dev.tradescope.cli.option;

import dev.tradescope.cli.CommandModel;
import java.nio.file.Path;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/** Adds {@code --workspace DIR} (default: the current directory) to a command. */
public final class WorkspaceOption {
    private static final String NAME = "--workspace";
    private static final String LABEL = "DIR";
    private static final String DEFAULT = ".";
    private static final String DESCRIPTION = "The research workspace (default: the current directory).";

    @Option(names = NAME, paramLabel = LABEL, defaultValue = DEFAULT, description = DESCRIPTION)
    private Path workspace;

    /** The same option for a command whose model is built in code ({@link CommandModel}), setting this object. */
    public OptionSpec option() {
        CommandModel.Binding<Path> binding = CommandModel.binding(() -> workspace, value -> workspace = value);
        return OptionSpec.builder(NAME).paramLabel(LABEL).defaultValue(DEFAULT).description(DESCRIPTION)
                .type(Path.class).getter(binding).setter(binding).build();
    }

    /** Returns the workspace directory, absolute and normalised. */
    public Path path() {
        return workspace.toAbsolutePath().normalize();
    }
}
