package dev.tradescope.research;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Indexes the note file names of one folder by key, from a single directory listing.
 *
 * <p>This class is immutable after construction and thread-safe.
 */
final class NoteFolder {

    private final Path folder;
    private final boolean present;
    private final Map<String, List<NoteFile>> byKey;
    private final List<String> warnings;

    private NoteFolder(Path folder, boolean present, Map<String, List<NoteFile>> byKey, List<String> warnings) {
        this.folder = folder;
        this.present = present;
        this.byKey = byKey;
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Lists {@code folder} once and indexes its note names; a missing folder is an empty index.
     *
     * @param folder the folder to list
     * @param keyOf  maps the name part of a note (ticker or sector) to its key, or to empty to ignore it
     */
    static NoteFolder list(Path folder, Function<String, Optional<String>> keyOf) {
        List<String> names = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        boolean present = Files.isDirectory(folder);
        if (present) {
            readNames(folder, names, warnings);
        }
        return of(folder, present, names, keyOf, warnings);
    }

    /** Indexes the given file names as if they were the listing of {@code folder}. */
    static NoteFolder of(Path folder, boolean present, Iterable<String> names,
            Function<String, Optional<String>> keyOf, List<String> warnings) {
        Map<String, List<NoteFile>> byKey = new HashMap<>();
        List<String> allWarnings = new ArrayList<>(warnings);
        for (String name : names) {
            index(name, keyOf, byKey, allWarnings);
        }
        byKey.replaceAll((key, notes) -> List.copyOf(notes));
        return new NoteFolder(folder, present, Map.copyOf(byKey), allWarnings);
    }

    private static void readNames(Path folder, List<String> names, List<String> warnings) {
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path path : stream) {
                names.add(path.getFileName().toString());
            }
        } catch (NoSuchFileException e) {
            // removed between the check and the listing: an empty folder
        } catch (IOException e) {
            warnings.add("Could not list " + folder + ": " + e.getMessage());
        }
    }

    private static void index(String name, Function<String, Optional<String>> keyOf,
            Map<String, List<NoteFile>> byKey, List<String> warnings) {
        NoteNames.Shape shape = NoteNames.shapeOf(name);
        if (shape == NoteNames.Shape.BAD_DATE) {
            warnings.add("Ignored note " + name + ": the date in its name is not a real date");
            return;
        }
        if (shape != NoteNames.Shape.NOTE) {
            return;
        }
        Optional<String> key = keyOf.apply(NoteNames.findName(name).orElseThrow());
        key.ifPresent(k -> byKey.computeIfAbsent(k, unused -> new ArrayList<>())
                .add(new NoteFile(name, k, NoteNames.findDate(name).orElseThrow())));
    }

    /** Returns the folder that was listed. */
    Path folder() {
        return folder;
    }

    /** Tells whether the folder existed when it was listed. */
    boolean present() {
        return present;
    }

    /** Returns the warnings met while listing (unreadable folder, impossible dates). */
    List<String> warnings() {
        return warnings;
    }

    /** Returns every note filed under {@code key}, in listing order. */
    List<NoteFile> notesOf(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** Returns the newest note filed under {@code key} on or before {@code asOf}. */
    Optional<NoteFile> findNewest(String key, LocalDate asOf) {
        return NewestNote.select(notesOf(key), asOf);
    }

    /** Returns the notes filed under {@code key} dated after {@code asOf}. */
    List<NoteFile> after(String key, LocalDate asOf) {
        return NewestNote.after(notesOf(key), asOf);
    }

    /** Returns every key that has at least one note. */
    java.util.Set<String> keys() {
        return byKey.keySet();
    }

    /** Returns the total number of indexed notes. */
    int size() {
        return byKey.values().stream().mapToInt(List::size).sum();
    }
}
