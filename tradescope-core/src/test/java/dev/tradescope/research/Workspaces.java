package dev.tradescope.research;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small test workspaces. */
final class Workspaces {

    private Workspaces() {
    }

    /** Writes a fundamental note with {@code text} into the workspace; returns its path. */
    static Path fundamental(Path workspace, String fileName, String text) {
        return write(workspace.resolve(ResearchInventory.FUNDAMENTAL_FOLDER).resolve(fileName), text);
    }

    /** Writes a sector note with {@code text} into the workspace; returns its path. */
    static Path sector(Path workspace, String fileName, String text) {
        return write(workspace.resolve(ResearchInventory.SECTOR_FOLDER).resolve(fileName), text);
    }

    /** Returns a minimal note in the July layout. */
    static String note(String company, String ticker, String recommendation) {
        return "# " + company + " (" + ticker + ") - Fundamental Analysis\n"
                + "*Generated: July 1, 2025 | Confidence: 0.8/1.0*\n\n"
                + "### Recommendation: " + recommendation + " | Conviction: 0.7/1.0\n"
                + "- **Fair Value Range**: $90 - $110 (Current: $95.00)\n";
    }

    private static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
