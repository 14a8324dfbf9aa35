package dev.tradescope.marketdata.local;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.tradescope.support.InvalidInputException;
import dev.tradescope.support.IsoDates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/** Reads a local CSV file row by row, with named columns and messages that give file, line, column and value. */
final class LocalCsv {
    private final Path file;
    private final String shownName;
    private final Map<String, Integer> columns = new HashMap<>();
    private CsvRecord row;

    private LocalCsv(Path file, String shownName) {
        this.file = file;
        this.shownName = shownName;
    }

    // Reads every data row; the header must hold the required columns (any order, case-insensitive).
    static void read(Path file, String shownName, List<String> required, Consumer<LocalCsv> onRow) {
        LocalCsv csv = new LocalCsv(file, shownName);
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
            boolean header = true;
            for (CsvRecord record : reader) {
                csv.row = record;
                if (header) {
                    csv.header(record, required);
                    header = false;
                } else if (!(record.getFieldCount() == 1 && record.getField(0).isBlank())) {
                    onRow.accept(csv);
                }
            }
            if (header) {
                throw new InvalidInputException(shownName + ": empty file, expected a header with " + required);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + shownName, e);
        }
    }

    private void header(CsvRecord record, List<String> required) {
        for (int i = 0; i < record.getFieldCount(); i++) {
            columns.put(record.getField(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = new ArrayList<>(required);
        missing.removeAll(columns.keySet());
        if (!missing.isEmpty()) {
            throw new InvalidInputException(shownName + ":1: missing column(s) " + missing + ", header was "
                    + record.getFields());
        }
    }

    boolean has(String column) {
        return columns.containsKey(column);
    }

    LocalDate date(String column) {
        String text = text(column);
        try {
            return IsoDates.parse(text);
        } catch (DateTimeException e) {
            throw bad(column, "a date as YYYY-MM-DD", text);
        }
    }

    double positive(String column) {
        String text = text(column);
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value) && value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(column, "a positive number", text);
    }

    double number(String column) {
        String text = text(column);
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(column, "a number", text);
    }

    long wholeOrZero(String column) {
        if (!has(column) || text(column).isEmpty()) {
            return 0;
        }
        String text = text(column);
        try {
            double value = Double.parseDouble(text);
            if (value >= 0 && value == Math.rint(value)) {
                return (long) value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(column, "a whole number of shares, not negative", text);
    }

    String text(String column) {
        int index = columns.get(column);
        return index < row.getFieldCount() ? row.getField(index).strip() : "";
    }

    InvalidInputException bad(String column, String expected, String value) {
        return new InvalidInputException(shownName + ":" + row.getStartingLineNumber() + ": column " + column
                + ": expected " + expected + ", was '" + value + "'");
    }

    String where() {
        return shownName + ":" + row.getStartingLineNumber();
    }

    Path file() {
        return file;
    }
}
