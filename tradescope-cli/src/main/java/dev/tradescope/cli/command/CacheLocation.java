package dev.tradescope.cli.command;

import dev.tradescope.config.CacheSettings;
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

    /** Returns the cache root these options select, given the workspace's cache settings. */
    Path resolve(CacheSettings settings) {
        return cacheDir.map(dir -> dir.toAbsolutePath().normalize()).orElseGet(() -> settings.resolveDir(workspace));
    }

    /** Returns the cache settings of the workspace; the defaults until the configuration loader exists. */
    CacheSettings settings() {
        return CacheSettings.defaults();
    }

    /** Returns the cache root. */
    Path root() {
        return resolve(settings());
    }
}
