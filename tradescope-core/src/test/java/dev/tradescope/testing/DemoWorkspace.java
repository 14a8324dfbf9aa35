package dev.tradescope.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Finds the bundled demo workspace, {@code examples/demo-workspace}, above the working directory, and copies it. */
public final class DemoWorkspace {
    private DemoWorkspace() {
    }

    /** Returns the demo workspace's folder; throws if no folder above the working directory holds one. */
    public static Path path() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("examples").resolve("demo-workspace");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no examples/demo-workspace above " + Path.of("").toAbsolutePath());
    }

    /**
     * Copies the demo workspace to {@code target} (made if missing), without the discovery documents of
     * earlier runs ({@code data/outputs/trade_history/}), so that a run on the copy finds no prior one,
     * and returns {@code target}.
     */
    public static Path copyTo(Path target) throws IOException {
        Path from = path();
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String relative = from.relativize(file).toString().replace('\\', '/');
                Path to = target.resolve(relative);
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else if (!relative.startsWith("data/outputs/trade_history/")) {
                    Files.copy(file, to);
                }
            }
        }
        return target;
    }
}
