package dev.tradescope.research;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds {@code shared/reference} by walking up from the working directory (module dir, repo root or CI clone). */
final class ReferenceFiles {

    private ReferenceFiles() {
    }

    /** Returns {@code shared/reference/research-notes}. */
    static Path researchNotes() {
        return reference().resolve("research-notes");
    }

    /** Returns {@code shared/reference}. */
    static Path reference() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("reference");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No shared/reference folder above " + Path.of("").toAbsolutePath());
    }
}
