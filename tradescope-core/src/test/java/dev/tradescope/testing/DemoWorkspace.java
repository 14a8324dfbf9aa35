package dev.tradescope.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the bundled demo workspace, {@code examples/demo-workspace}, above the working directory. */
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
}
