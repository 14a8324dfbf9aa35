package dev.tradescope.research;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads and parses a set of notes, in parallel when there are many. */
final class NoteReading {

    /**
     * Above this many notes, notes are read in parallel (common fork-join pool, bounded by the cores):
     * early in a run a note takes a few milliseconds to parse, as the parser's code is still interpreted.
     */
    static final int PARALLEL_THRESHOLD = 4;

    private NoteReading() {
    }

    /**
     * Reads every note of {@code notes} (key → note) under {@code folder}; returns key → its view. With
     * {@code tickerNotes} (fundamental notes) a title naming another ticker is reported.
     * Reading never throws: unreadable notes come back as not extracted, with the reason.
     */
    static Map<String, ResearchNote> readAll(Path workspace, Path folder, Map<String, NoteFile> notes,
            ResearchNote.NoteAge age, boolean tickerNotes) {
        Stream<Map.Entry<String, NoteFile>> entries = notes.entrySet().stream();
        if (notes.size() > PARALLEL_THRESHOLD) {
            entries = entries.parallel();
        }
        Function<Map.Entry<String, NoteFile>, ResearchNote> read = entry -> {
            Path file = folder.resolve(entry.getValue().fileName());
            return ResearchNote.of(relative(workspace, file), entry.getValue(), age, NoteText.read(file), tickerNotes);
        };
        return entries.collect(Collectors.toMap(Map.Entry::getKey, read));
    }

    /** Returns {@code file} relative to the workspace with {@code /} separators. */
    static String relative(Path workspace, Path file) {
        Path relative = file.startsWith(workspace) ? workspace.relativize(file) : file;
        return relative.toString().replace('\\', '/');
    }

    /** Returns the warnings for notes that were skipped. */
    static List<String> skipWarnings(Map<String, ResearchNote> notes) {
        return notes.values().stream()
                .filter(note -> note.notExtractedReason().filter(r -> r.startsWith("skipped")).isPresent())
                .map(note -> "Skipped note " + note.file() + ": " + note.notExtractedReason().orElseThrow()
                        .substring("skipped: ".length()))
                .sorted()
                .toList();
    }
}
