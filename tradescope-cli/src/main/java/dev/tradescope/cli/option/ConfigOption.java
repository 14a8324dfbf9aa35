package dev.tradescope.cli.option;

import dev.tradescope.config.ConfigLoader;
import dev.tradescope.config.TradescopeConfig;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Adds {@code --config FILE} to a command and loads the effective configuration. */
public final class ConfigOption {

    @Option(names = "--config", paramLabel = "FILE",
            description = "The configuration file (default: $TRADESCOPE_CONFIG, else <workspace>/tradescope.yaml).")
    private Path file;

    /** Finds the file given with {@code --config}. */
    public Optional<Path> findFile() {
        return Optional.ofNullable(file);
    }

    /** Loads the effective configuration for a workspace, keys from the process environment. */
    public TradescopeConfig load(Path workspace) {
        return ConfigLoader.fromSystemEnvironment().load(workspace, findFile());
    }
}
