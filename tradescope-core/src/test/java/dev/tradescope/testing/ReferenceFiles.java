package dev.tradescope.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared reference files: walks up from the working directory to the folder that has {@code shared/reference}. */
public final class ReferenceFiles {
    private static final Path ROOT = locate();

    private ReferenceFiles() {
    }

    /** Returns the {@code shared/reference} directory. */
    public static Path root() {
        return ROOT;
    }

    /** Returns the text of {@code api-formats/NAME}. */
    public static String apiFormat(String name) {
        return read(ROOT.resolve("api-formats").resolve(name));
    }

    /** Returns a path under {@code shared/reference}. */
    public static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("reference");
            if (Files.isDirectory(candidate.resolve("api-formats"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no shared/reference folder above " + Path.of("").toAbsolutePath());
    }
}
