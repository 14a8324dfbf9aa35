package dev.tradescope.cli.command;

import dev.tradescope.config.CacheSettings;
import dev.tradescope.config.ConfigLoader;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Holds the options that locate the cache: {@code --workspace} and {@code --cache-dir}. */
final class CacheLocation {

    @Option(names = "--workspace", paramLabel = "DIR", description = "The workspace folder (default: the current folder).")
    Path workspace = Path.of("");

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "The cache root (default: the configured cache.dir, else <workspace>/data/cache).")
    Optional<Path> cacheDir = Optional.empty();

    @Option(names = "--config", paramLabel = "FILE",
            description = "The configuration file (default: $TRADESCOPE_CONFIG, else <workspace>/tradescope.yaml).")
    Optional<Path> config = Optional.empty();

    /** Returns the cache root these options select, given the workspace's cache settings. */
    Path resolve(CacheSettings settings) {
        return cacheDir.map(dir -> dir.toAbsolutePath().normalize()).orElseGet(() -> settings.resolveDir(workspace));
    }

    /** Returns the cache settings of the workspace's configuration ({@code cache.*}). */
    CacheSettings settings() {
        return ConfigLoader.fromSystemEnvironment().load(workspace.toAbsolutePath().normalize(), config).cache();
    }

    /** Returns the cache root. */
    Path root() {
        return resolve(settings());
    }
}
