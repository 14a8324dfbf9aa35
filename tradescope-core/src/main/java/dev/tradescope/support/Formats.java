package dev.tradescope.support;

import java.util.Locale;

/** Formats text for people with {@link String#format}, in the one locale that needs no locale data. */
public final class Formats {

    /**
     * The locale of every number tradescope formats: digits 0-9, {@code .} before decimals and {@code ,}
     * between thousands, as in {@link Locale#ROOT}. It is {@link Locale#US} because {@link java.util.Formatter}
     * formats numbers for that locale without looking up its symbols in the JDK's locale data, whose first
     * use costs a run some 20 ms.
     */
    public static final Locale NUMBERS = Locale.US;

    private Formats() {
    }

    /** {@link String#format(Locale, String, Object...)} in {@link #NUMBERS}. */
    public static String format(String pattern, Object... args) {
        return String.format(NUMBERS, pattern, args);
    }
}
