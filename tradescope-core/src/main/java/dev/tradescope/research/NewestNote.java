package dev.tradescope.research;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Chooses the newest note as of a date, by the date in the file name only (never the file time). */
final class NewestNote {

    /** Orders by date, then by file name so that ties resolve the same way whatever the listing order. */
    static final Comparator<NoteFile> ORDER = Comparator.comparing(NoteFile::date)
            .thenComparing(NoteFile::fileName, Comparator.reverseOrder());

    private NewestNote() {
    }

    /** Returns the note with the greatest date on or before {@code asOf}, if any. */
    static Optional<NoteFile> select(List<NoteFile> notes, LocalDate asOf) {
        return notes.stream().filter(note -> !note.date().isAfter(asOf)).max(ORDER);
    }

    /** Returns the notes dated after {@code asOf}, oldest first. */
    static List<NoteFile> after(List<NoteFile> notes, LocalDate asOf) {
        return notes.stream().filter(note -> note.date().isAfter(asOf)).sorted(ORDER).toList();
    }
}
