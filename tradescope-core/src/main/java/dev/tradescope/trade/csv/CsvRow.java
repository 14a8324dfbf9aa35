package dev.tradescope.trade.csv;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One record of a trade-history CSV, its fields kept as slices of one buffer that is reused from
 * record to record. A field becomes a {@code String} only when it is asked for as text (once per
 * record); numbers and dates are read from the slices; the few distinct words of a column (statuses,
 * strategies, tickers) come from a small table. A large export has millions of rows of 27 fields:
 * this keeps the garbage of a row to what its trade holds.
 *
 * <p>Every accessor answers for the field with surrounding whitespace removed, as
 * {@link String#strip()} does, and treats a missing field as empty; only {@link #rawFields()} (for the
 * header) gives the fields as written. Not thread-safe; valid until the next record is read.
 */
final class CsvRow {
    // FastCSV's own limits for its records: a hostile file cannot make a row grow without bound.
    private static final int MAX_FIELDS = 16_384;
    private static final int MAX_RECORD_CHARS = 64 * 1024 * 1024;

    private char[] chars = new char[1024];
    private int used;
    private int count;
    private long line;
    private long generation;
    // per field: raw start and end, stripped start and end
    private int[] bounds = new int[4 * 32];
    private String[] texts = new String[32];
    private long[] textGeneration = new long[32];
    private FieldSlice[] slices = new FieldSlice[32];
    private final WordTable words = new WordTable();
    // When 0 or more, only this field's characters are kept; the others read as empty.
    private int onlyField = -1;

    /** Returns the line the record starts on (1-based). */
    long line() {
        return line;
    }

    /** Returns the number of fields of the record. */
    int fieldCount() {
        return count;
    }

    /** Tells whether the record is one blank field: a line with nothing but whitespace. */
    boolean isBlankLine() {
        return count == 1 && isEmpty(0);
    }

    /** Tells whether the field is empty (or missing). */
    boolean isEmpty(int field) {
        return field < 0 || field >= count || bounds[4 * field + 2] == bounds[4 * field + 3];
    }

    /** Returns the field as text, {@code ""} when missing; the same instance when asked again for this record. */
    String text(int field) {
        if (isEmpty(field)) {
            return "";
        }
        if (textGeneration[field] != generation) {
            texts[field] = new String(chars, bounds[4 * field + 2], bounds[4 * field + 3] - bounds[4 * field + 2]);
            textGeneration[field] = generation;
        }
        return texts[field];
    }

    /**
     * Returns the field as text from a table of the words seen so far: for columns of few distinct
     * values, which then cost no new string per row.
     */
    String word(int field) {
        if (isEmpty(field)) {
            return "";
        }
        String known = words.find(chars, bounds[4 * field + 2], bounds[4 * field + 3]);
        return known != null ? known : words.add(text(field));
    }

    /** Returns the field as characters (a view valid until this field is asked for in the next record). */
    CharSequence chars(int field) {
        if (isEmpty(field)) {
            return "";
        }
        FieldSlice slice = slices[field];
        if (slice == null) {
            slice = new FieldSlice();
            slices[field] = slice;
        }
        slice.set(chars, bounds[4 * field + 2], bounds[4 * field + 3]);
        return slice;
    }

    /** Returns every field as written, whitespace included (for the header). */
    List<String> rawFields() {
        List<String> fields = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            fields.add(new String(chars, bounds[4 * i], bounds[4 * i + 1] - bounds[4 * i]));
        }
        return fields;
    }

    private void begin(long startingLine) {
        line = startingLine;
        count = 0;
        used = 0;
        generation++;
    }

    private static final int SHORT_FIELD = 16;

    private void add(char[] buffer, int offset, int length) {
        if (count == MAX_FIELDS) {
            throw new CsvParseException("a record on line " + line + " has more than " + MAX_FIELDS + " fields");
        }
        if (onlyField >= 0 && count != onlyField) {
            addEmpty();
            return;
        }
        if (length > MAX_RECORD_CHARS - used) {
            throw new CsvParseException("a record on line " + line + " is longer than " + MAX_RECORD_CHARS + " characters");
        }
        if (used + length > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(2 * chars.length, used + length));
        }
        if (count == texts.length) {
            grow();
        }
        if (length <= SHORT_FIELD) {
            // most fields of an export: a loop the compiler keeps inline beats the call of the copying stub
            for (int i = 0; i < length; i++) {
                chars[used + i] = buffer[offset + i];
            }
        } else {
            System.arraycopy(buffer, offset, chars, used, length);
        }
        int start = used;
        int end = used + length;
        int from = start;
        int to = end;
        while (from < to && isWhitespace(chars[from])) {
            from++;
        }
        while (to > from && isWhitespace(chars[to - 1])) {
            to--;
        }
        used = end;
        append(start, end, from, to);
    }

    // Records the next field: its raw start and end, and its stripped start and end.
    private void append(int start, int end, int from, int to) {
        int b = 4 * count;
        bounds[b] = start;
        bounds[b + 1] = end;
        bounds[b + 2] = from;
        bounds[b + 3] = to;
        textGeneration[count] = 0;
        count++;
    }

    private void grow() {
        int capacity = 2 * count;
        bounds = Arrays.copyOf(bounds, 4 * capacity);
        texts = Arrays.copyOf(texts, capacity);
        textGeneration = Arrays.copyOf(textGeneration, capacity);
        slices = Arrays.copyOf(slices, capacity);
    }

    // A field that is not kept: empty, with nothing copied.
    private void addEmpty() {
        if (count == texts.length) {
            grow();
        }
        append(used, used, used, used);
    }

    // As String.strip() decides, answering at once for printable ASCII (nearly every character of an export).
    private static boolean isWhitespace(char c) {
        return (c <= ' ' || c >= 0x7F) && Character.isWhitespace(c);
    }

    /** Feeds FastCSV's parser into one reused {@link CsvRow}. */
    static final class Handler extends AbstractBaseCsvCallbackHandler<CsvRow> {
        private final CsvRow row = new CsvRow();
        private final long linesBefore;

        /** A handler for a whole file. */
        Handler() {
            this(0);
        }

        /** A handler for the part of a file that follows its first {@code linesBefore} lines. */
        Handler(long linesBefore) {
            this.linesBefore = linesBefore;
        }

        /**
         * Keeps only the given field of the records from now on (the others read as empty): for a pass
         * that needs one column, such as the ids, after the header has been read whole.
         */
        void keepOnly(int field) {
            row.onlyField = field;
        }

        @Override
        protected void handleBegin(long startingLineNumber) {
            row.begin(linesBefore + startingLineNumber);
        }

        @Override
        protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
            row.add(buf, offset, len);
        }

        @Override
        protected CsvRow buildRecord() {
            return row;
        }
    }

    /** A field's characters in the row's buffer. */
    private static final class FieldSlice implements CharSequence {
        private char[] chars;
        private int from;
        private int to;

        void set(char[] buffer, int start, int end) {
            chars = buffer;
            from = start;
            to = end;
        }

        @Override
        public int length() {
            return to - from;
        }

        @Override
        public char charAt(int index) {
            return chars[from + index];
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new String(chars, from + start, end - start);
        }

        @Override
        public String toString() {
            return new String(chars, from, to - from);
        }
    }

    /** The distinct words seen in the file, up to a bound, found by their characters. */
    private static final class WordTable {
        private static final int CAPACITY = 4096;
        private static final int MAX_WORDS = CAPACITY / 2;
        private final String[] table = new String[CAPACITY];
        private final int[] hashes = new int[CAPACITY];
        private int size;

        String find(char[] chars, int from, int to) {
            int hash = hash(chars, from, to);
            for (int i = hash & (CAPACITY - 1); table[i] != null; i = (i + 1) & (CAPACITY - 1)) {
                if (hashes[i] == hash && matches(table[i], chars, from, to)) {
                    return table[i];
                }
            }
            return null;
        }

        // Remembers the word while there is room; returns it either way.
        String add(String word) {
            if (size < MAX_WORDS) {
                int hash = word.hashCode();
                int i = hash & (CAPACITY - 1);
                while (table[i] != null) {
                    i = (i + 1) & (CAPACITY - 1);
                }
                table[i] = word;
                hashes[i] = hash;
                size++;
            }
            return word;
        }

        // The same value as String.hashCode() of those characters.
        private static int hash(char[] chars, int from, int to) {
            int hash = 0;
            for (int i = from; i < to; i++) {
                hash = 31 * hash + chars[i];
            }
            return hash;
        }

        private static boolean matches(String word, char[] chars, int from, int to) {
            if (word.length() != to - from) {
                return false;
            }
            for (int i = 0; i < word.length(); i++) {
                if (word.charAt(i) != chars[from + i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
