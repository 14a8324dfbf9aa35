package dev.tradescope.trade.csv;

import dev.tradescope.support.IsoDates;
import dev.tradescope.trade.Decimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Parses the text of single export fields, given without surrounding whitespace (as {@link CsvRow}
 * gives them); every method throws {@link NumberFormatException} or {@link DateTimeException} on bad text.
 */
final class FieldParser {

    private FieldParser() {
    }

    /** Parses {@code YYYY-MM-DD} optionally followed by {@code ' '} or {@code 'T'} and {@code HH:MM[:SS[.fff]]}. */
    static LocalDate parseDate(CharSequence s) {
        int length = s.length();
        if (length != 10 && (length < 16 || (s.charAt(10) != ' ' && s.charAt(10) != 'T'))) {
            throw new DateTimeException("expected YYYY-MM-DD or YYYY-MM-DD HH:MM:SS");
        }
        if (length > 10) {
            checkTime(s, 11);
        }
        return IsoDates.parseLeading(s);
    }

    // HH:MM[...] from position `at`.
    private static void checkTime(CharSequence s, int at) {
        if (s.length() - at < 5 || s.charAt(at + 2) != ':') {
            throw new DateTimeException("expected a time HH:MM:SS after the date");
        }
        int hour = IsoDates.digits(s, at, at + 2);
        int minute = IsoDates.digits(s, at + 3, at + 5);
        if (hour > 23 || minute > 59) {
            throw new DateTimeException("time " + s.subSequence(at, s.length()) + " is out of range");
        }
    }

    /**
     * Parses a finite decimal, with the value and scale {@code new BigDecimal(s)} gives; {@code inf} and
     * {@code nan} are rejected because sums must stay exact.
     */
    static Decimal parseDecimal(CharSequence s) {
        return Decimal.parse(s);
    }

    /** Parses a decimal that may be non-finite: {@code inf}, {@code -inf}, {@code infinity}, {@code nan} (any case). */
    static double parseDouble(CharSequence s) {
        double fast = parseSimpleDecimal(s);
        if (!Double.isNaN(fast)) {
            return fast;
        }
        switch (s.toString().toLowerCase(Locale.ROOT)) {
            case "inf":
            case "+inf":
            case "infinity":
            case "+infinity":
                return Double.POSITIVE_INFINITY;
            case "-inf":
            case "-infinity":
                return Double.NEGATIVE_INFINITY;
            case "nan":
            case "-nan":
                return Double.NaN;
            default:
                return parseFiniteDouble(s);
        }
    }

    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final long MAX_EXACT_MANTISSA = 1L << 53;

    // Parses [-]digits[.digits] exactly when the digits fit 53 bits and at most 22 decimals
    // (Clinger's fast path: one correctly rounded division); NaN means "use the general parser".
    static double parseSimpleDecimal(CharSequence s) {
        int length = s.length();
        int i = 0;
        boolean negative = length > 0 && s.charAt(0) == '-';
        if (negative) {
            i++;
        }
        long mantissa = 0;
        int decimals = -1;
        int digits = 0;
        for (; i < length; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                digits++;
                if (decimals >= 0) {
                    decimals++;
                }
                if (mantissa >= MAX_EXACT_MANTISSA || digits > 18) {
                    return Double.NaN;
                }
            } else if (c == '.' && decimals < 0) {
                decimals = 0;
            } else {
                return Double.NaN;
            }
        }
        if (digits == 0 || decimals > 22) {
            return Double.NaN;
        }
        double value = decimals <= 0 ? mantissa : mantissa / POWERS_OF_TEN[decimals];
        return negative ? -value : value;
    }

    private static double parseFiniteDouble(CharSequence s) {
        int length = s.length();
        if (length == 0 || !(Character.isDigit(s.charAt(length - 1)) || s.charAt(length - 1) == '.')) {
            throw new NumberFormatException("not a number");
        }
        return Double.parseDouble(s.toString());
    }
}
