package dev.tradescope.cli.option;

import dev.tradescope.cli.CommandModel;
import dev.tradescope.config.ConfigLoader;
import dev.tradescope.config.TradescopeConfig;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/** Adds {@code --config FILE} to a command and loads the effective configuration. */
public final class ConfigOption {
    private static final String NAME = "--config";
    private static final String LABEL = "FILE";
    private static final String DESCRIPTION =
            "The configuration file (default: $TRADESCOPE_CONFIG, else <workspace>/tradescope.yaml).";

    @Option(names = NAME, paramLabel = LABEL, description = DESCRIPTION)
    private Path file;

    /** The same option for a command whose model is built in code ({@link CommandModel}), setting this object. */
    public OptionSpec option() {
        CommandModel.Binding<Path> binding = CommandModel.binding(() -> file, value -> file = value);
        return OptionSpec.builder(NAME).paramLabel(LABEL).description(DESCRIPTION).type(Path.class)
                .getter(binding).setter(binding).build();
    }

    /** Finds the file given with {@code --config}. */
    public Optional<Path> findFile() {
        return Optional.ofNullable(file);
    }

    /** Loads the effective configuration for a workspace, keys from the process environment. */
    public TradescopeConfig load(Path workspace) {
        return ConfigLoader.fromSystemEnvironment().load(workspace, findFile());
    }
}
