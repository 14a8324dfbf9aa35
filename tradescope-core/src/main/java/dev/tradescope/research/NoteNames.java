package dev.tradescope.research;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** Parses note file names {@code {NAME}_{YYYYMMDD}.md} without regular expressions (it runs per file). */
final class NoteNames {

    private static final String EXTENSION = ".md";
    private static final int DATE_LENGTH = 8;

    private NoteNames() {
    }

    /** Tells how a file name reads as a note name. */
    enum Shape { NOTE, BAD_DATE, OTHER }

    /** Classifies a file name: a note, a note-like name with an impossible date, or anything else. */
    static Shape shapeOf(String fileName) {
        if (!hasNoteShape(fileName)) {
            return Shape.OTHER;
        }
        return findDate(fileName).isPresent() ? Shape.NOTE : Shape.BAD_DATE;
    }

    /** Returns the name part of a note file name, if the file name is a note name with a real date. */
    static Optional<String> findName(String fileName) {
        if (shapeOf(fileName) != Shape.NOTE) {
            return Optional.empty();
        }
        return Optional.of(fileName.substring(0, underscore(fileName)));
    }

    /** Returns the date of a note file name, if it is a real date. */
    static Optional<LocalDate> findDate(String fileName) {
        if (!hasNoteShape(fileName)) {
            return Optional.empty();
        }
        int start = underscore(fileName) + 1;
        int year = number(fileName, start, 4);
        int month = number(fileName, start + 4, 2);
        int day = number(fileName, start + 6, 2);
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean hasNoteShape(String fileName) {
        if (!fileName.endsWith(EXTENSION) || fileName.startsWith(".")) {
            return false;
        }
        int underscore = underscore(fileName);
        int dateEnd = fileName.length() - EXTENSION.length();
        return underscore > 0 && dateEnd - underscore - 1 == DATE_LENGTH && allDigits(fileName, underscore + 1, dateEnd);
    }

    private static int underscore(String fileName) {
        return fileName.lastIndexOf('_', fileName.length() - EXTENSION.length() - 1);
    }

    private static boolean allDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int length) {
        return Integer.parseInt(text, from, from + length, 10);
    }
}
