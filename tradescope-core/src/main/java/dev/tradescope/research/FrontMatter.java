package dev.tradescope.research;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Splits a YAML front matter block ({@code ---} … {@code ---}) from a note and reads its top-level scalar keys.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param values     top-level {@code key: value} pairs, keys lower-cased, quotes removed
 * @param body       the Markdown after the front matter
 * @param bodyOffset the number of lines before the body (to report note line numbers)
 */
record FrontMatter(Map<String, String> values, String body, int bodyOffset) {

    private static final String FENCE = "---";

    FrontMatter {
        values = Map.copyOf(values);
        Objects.requireNonNull(body, "body");
    }

    /** Splits {@code text}; a note without a closed front matter block is all body. */
    static FrontMatter split(String text) {
        if (!text.startsWith(FENCE)) {
            return new FrontMatter(Map.of(), text, 0);
        }
        String[] lines = text.split("\\R", -1);
        if (!lines[0].strip().equals(FENCE)) {
            return new FrontMatter(Map.of(), text, 0);
        }
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.equals(FENCE) || line.equals("...")) {
                return new FrontMatter(readValues(lines, i), String.join("\n", java.util.Arrays.asList(lines)
                        .subList(i + 1, lines.length)), i + 1);
            }
        }
        return new FrontMatter(Map.of(), text, 0);
    }

    private static Map<String, String> readValues(String[] lines, int end) {
        Map<String, String> values = new HashMap<>();
        for (int i = 1; i < end; i++) {
            String line = lines[i];
            int colon = line.indexOf(':');
            if (colon > 0 && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("#")) {
                String value = unquote(line.substring(colon + 1).strip());
                if (!value.isEmpty()) {
                    values.putIfAbsent(line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT), value);
                }
            }
        }
        return values;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    /** Returns the value of a top-level key, if present. */
    Optional<String> find(String key) {
        return Optional.ofNullable(values.get(key));
    }
}
