package dev.tradescope.marketdata;

import java.util.Locale;
import java.util.regex.Pattern;

/** Normalises and checks ticker symbols and series ids. */
final class Symbols {
    private static final Pattern SYMBOL = Pattern.compile("\\^?[A-Z0-9][A-Z0-9.\\-=]{0,19}");

    private Symbols() {
    }

    // Checks that a date range is present and does not end before it starts.
    static void checkRange(java.time.LocalDate from, java.time.LocalDate to) {
        java.util.Objects.requireNonNull(from, "from");
        java.util.Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("date range " + from + ".." + to + " ends before it starts");
        }
    }

    // Trims and upper-cases a symbol; rejects anything that cannot be a ticker, index or series id.
    static String normalise(String raw, String what) {
        if (raw == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        String symbol = raw.strip().toUpperCase(Locale.ROOT);
        if (!SYMBOL.matcher(symbol).matches()) {
            throw new IllegalArgumentException(what + " '" + raw
                    + "' is not valid: expected letters, digits, '.', '-', '=' or a leading '^' (at most 20)");
        }
        return symbol;
    }
}
