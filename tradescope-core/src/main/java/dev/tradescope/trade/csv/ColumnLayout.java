package dev.tradescope.trade.csv;

import dev.tradescope.support.InvalidInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Maps the known columns to their positions in one file's header; unknown columns are ignored. */
final class ColumnLayout {
    private final int[] index = new int[Column.values().length];
    private final int headerSize;

    private ColumnLayout(Map<Column, Integer> positions, int headerSize) {
        java.util.Arrays.fill(index, -1);
        positions.forEach((column, position) -> index[column.ordinal()] = position);
        this.headerSize = headerSize;
    }

    /** Builds the layout from header fields, or stops naming the missing required columns and the ones found. */
    static ColumnLayout of(Path file, List<String> header) {
        Map<String, Column> byKey = new java.util.HashMap<>();
        for (Column column : Column.values()) {
            byKey.put(column.matchKey(), column);
        }
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        for (int i = 0; i < header.size(); i++) {
            Column column = byKey.get(cleanHeader(header.get(i)));
            if (column != null) {
                positions.putIfAbsent(column, i);
            }
        }
        List<String> missing = new ArrayList<>();
        for (Column column : Column.values()) {
            if (column.isRequired() && !positions.containsKey(column)) {
                missing.add(column.header());
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(file + ": line 1: missing required column(s) " + String.join(", ", missing)
                    + "; columns found: " + (header.isEmpty() ? "(none)" : String.join(", ", header))
                    + ". Expected a trade-history export with at least Ticker, Entry_Timestamp and Status.");
        }
        return new ColumnLayout(positions, header.size());
    }

    private static String cleanHeader(String raw) {
        String s = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        return s.strip().toLowerCase(Locale.ROOT);
    }

    /** Returns the number of header fields. */
    int headerSize() {
        return headerSize;
    }

    /** Returns the position of a column, or −1 when the file does not have it. */
    int positionOf(Column column) {
        return index[column.ordinal()];
    }
}
