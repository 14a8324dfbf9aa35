package dev.tradescope.config;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/** Parses durations and sizes written as in {@code tradescope.yaml}, for command-line options too. */
public final class Quantities {

    private Quantities() {
    }

    /** Parses {@code 500ms}, {@code 30s}, {@code 5m}, {@code 2h}, {@code 7d} or ISO-8601 such as {@code PT30S}. */
    public static Optional<Duration> parseDuration(String text) {
        return ConfigValues.parseDuration(text);
    }

    /** Parses {@code 512MB}, {@code 1GB}, {@code 64KB} or a number of bytes (binary multiples; {@code m}/{@code g} too). */
    public static OptionalLong parseSize(String text) {
        String t = text.strip().toUpperCase(java.util.Locale.ROOT);
        if (t.endsWith("K") || t.endsWith("M") || t.endsWith("G") || t.endsWith("T")) {
            t = t + "B";
        }
        return ConfigValues.parseSize(t);
    }
}
