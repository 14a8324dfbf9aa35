package dev.tradescope.cli.option;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Adds {@code --workspace DIR} (default: the current directory) to a command. */
public final class WorkspaceOption {

    @Option(names = "--workspace", paramLabel = "DIR", defaultValue = ".",
            description = "The research workspace (default: the current directory).")
    private Path workspace;

    /** Returns the workspace directory, absolute and normalised. */
    public Path path() {
        return workspace.toAbsolutePath().normalize();
    }
}
