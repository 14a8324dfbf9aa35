package dev.tradescope.trade.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The position ids of a CSV export read from its bytes, for the pass that confirms duplicate ids in a file the
 * first pass has read whole. The id column is found by counting the commas outside quoted fields, without the
 * CSV parser, the UTF-8 decoder or a string per row (ten million rows' pass took 3.4 s this way against 6-7 s
 * through the parser, docs/benchmarks.md): every byte that delimits (comma, quote, carriage return, line feed) is ASCII, and UTF-8 never uses an
 * ASCII byte inside a character. Quoted fields are followed as FastCSV follows them (a quote opens one only at
 * the start of a field, two quotes inside stand for one, line breaks inside count as lines), but only other
 * columns (and the header) are read through them: a quoted id, anything but a comma or a line break after a
 * closing quote, or a quoted field left open at the end ends the scan, and the caller reads the file with the CSV
 * parser instead.
 *
 * <p>It numbers lines as FastCSV does (a carriage return, a line feed or the two together end a line), skips
 * empty lines, and gives an id as {@link CsvRow} does: stripped of whitespace, UTF-8 decoded.
 */
final class IdColumnScan {
    /** Told each record's id, when it has one (not empty once stripped). */
    interface Ids {
        /**
         * An id of ASCII characters, {@code bytes[from, to)}, whose hash ({@link DuplicateIdDetector#hash}) is
         * {@code hash}, on record line {@code line}; valid until the next call.
         */
        void ascii(byte[] bytes, int from, int to, long hash, long line);

        /** An id with other characters, on record line {@code line}. */
        void text(String id, long line);
    }

    private static final int BUFFER_BYTES = 1 << 16;

    private final int idColumn;
    private final Ids ids;
    private boolean skipRecord; // the header, not yet passed
    private byte[] id = new byte[64];
    private int idLength;
    private boolean idAscii = true;
    private int field;
    private boolean fieldBegun; // a byte of the current field has been read
    private boolean quoted; // inside a quoted field
    private boolean afterClosingQuote;
    private boolean inRecord;
    private boolean afterReturn;
    private byte lastByte = '\n'; // the byte before the current buffer's first
    private long line;
    private long recordLine;

    private IdColumnScan(int idColumn, long firstLine, boolean header, Ids ids) {
        this.idColumn = idColumn;
        this.line = firstLine;
        this.skipRecord = header;
        this.ids = ids;
    }

    /**
     * Scans {@code in} (from the start of a record, on line {@code firstLine}) to its end, telling {@code ids}
     * each record's id; the first record is skipped when {@code header}. False when it meets what it leaves to
     * the CSV parser (a quoted id, characters after a closing quote): the ids told until then are to be dropped.
     *
     * @throws CancellationException when {@code stopped} tells so (asked every 64 kB)
     */
    static boolean scan(InputStream in, long firstLine, boolean header, int idColumn, Ids ids, BooleanSupplier stopped)
            throws IOException {
        IdColumnScan scan = new IdColumnScan(idColumn, firstLine, header, ids);
        byte[] buffer = new byte[BUFFER_BYTES];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            if (stopped.getAsBoolean()) {
                throw new CancellationException();
            }
            if (!scan.bytes(buffer, n)) {
                return false;
            }
        }
        if (scan.quoted) {
            return false; // a quoted field not closed: the parser reports it
        }
        scan.endRecord();
        return true;
    }

    // Scans n bytes; false at what is left to the parser.
    private boolean bytes(byte[] b, int n) {
        for (int i = 0; i < n; i++) {
            if (quoted || field > idColumn && !afterClosingQuote) {
                // Inside a quoted field, or past the id: nothing but a quote or a line break matters, and the loop
                // that finds the next one is most of the scan.
                int from = i;
                while (i < n && b[i] != '"' && b[i] != '\n' && b[i] != '\r') {
                    i++;
                }
                if (i > from) {
                    afterReturn = false;
                }
                if (i == n) {
                    break;
                }
                if (!quoted && b[i] == '"') {
                    // outside quotes, a quote opens a quoted field only at the field's start (after a comma or a
                    // line break); else it is text
                    byte before = i > 0 ? b[i - 1] : lastByte;
                    quoted = before == ',' || before == '\n' || before == '\r';
                    afterReturn = false;
                    continue;
                }
            }
            byte c = b[i];
            if (quoted) {
                if (c == '"') {
                    quoted = false;
                    afterClosingQuote = true;
                    afterReturn = false;
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r' || !afterReturn) {
                        line++;
                    }
                    afterReturn = c == '\r';
                } else {
                    afterReturn = false;
                }
                continue;
            }
            if (afterClosingQuote) {
                afterClosingQuote = false;
                if (c == '"') {
                    quoted = true; // two quotes: one quote of the field's text
                    continue;
                }
                if (c != ',' && c != '\r' && c != '\n') {
                    return false;
                }
            }
            if (c == '\n' || c == '\r') {
                if (c == '\r' || !afterReturn) {
                    endRecord();
                    line++;
                }
                afterReturn = c == '\r';
                continue;
            }
            afterReturn = false;
            if (!inRecord) {
                inRecord = true;
                recordLine = line;
            }
            if (c == ',') {
                field++;
                fieldBegun = false;
                continue;
            }
            if (c == '"' && !fieldBegun) {
                if (field == idColumn && !skipRecord) {
                    return false; // a quoted id: the parser unquotes it
                }
                quoted = true;
                fieldBegun = true;
                continue;
            }
            fieldBegun = true;
            if (field == idColumn) {
                if (idLength == id.length) {
                    id = Arrays.copyOf(id, 2 * id.length);
                }
                id[idLength++] = c;
                idAscii &= c >= 0;
            }
        }
        if (n > 0) {
            lastByte = b[n - 1];
        }
        return true;
    }

    // The end of a line: tells the id of the record it ended, if it had one (an empty line has none).
    private void endRecord() {
        if (inRecord && skipRecord) {
            skipRecord = false;
        } else if (inRecord && idLength > 0) {
            if (idAscii) {
                int from = 0;
                int to = idLength;
                while (from < to && Character.isWhitespace(id[from])) {
                    from++;
                }
                while (to > from && Character.isWhitespace(id[to - 1])) {
                    to--;
                }
                if (from < to) {
                    ids.ascii(id, from, to, DuplicateIdDetector.hash(id, from, to), recordLine);
                }
            } else {
                String text = new String(id, 0, idLength, StandardCharsets.UTF_8).strip();
                if (!text.isEmpty()) {
                    ids.text(text, recordLine);
                }
            }
        }
        inRecord = false;
        field = 0;
        fieldBegun = false;
        idLength = 0;
        idAscii = true;
    }
}
