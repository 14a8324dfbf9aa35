package dev.tradescope.config;

import java.util.Objects;

/**
 * Holds a secret such as an API key; its {@link #toString()} never shows any part of it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the secret text, never blank
 */
public record Secret(String value) {

    /** The text shown in place of a secret. */
    public static final String MASK = "****";

    /** Validates that the secret is present and not blank, and strips surrounding blanks. */
    public Secret {
        Objects.requireNonNull(value, "value");
        value = value.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("a secret must not be blank");
        }
    }

    /** Returns the secret text; only the code that sends it to its provider may call this. */
    public String reveal() {
        return value;
    }

    /** Returns the mask, never the secret. */
    @Override
    public String toString() {
        return MASK;
    }
}
