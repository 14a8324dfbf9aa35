package dev.tradescope.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Masks every configured secret in text: URLs, messages, log lines. It is the one redaction point:
 * every log line and failure message about an HTTP call passes through it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Redactor {
    /** The text shown in place of a secret. */
    public static final String MASK = "****";
    private static final Redactor NONE = new Redactor(List.of());

    private final List<String> secrets;

    private Redactor(List<String> secrets) {
        this.secrets = secrets;
    }

    /** Builds a redactor that masks these secrets, in plain and in URL-encoded form; blank ones are ignored. */
    public static Redactor of(Collection<String> secrets) {
        Set<String> forms = new LinkedHashSet<>();
        for (String secret : secrets) {
            if (secret != null && !secret.isBlank()) {
                forms.add(secret);
                forms.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
            }
        }
        // longest first, so that a secret containing another is masked whole
        return new Redactor(forms.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList());
    }

    /** Returns a redactor that knows no secret. */
    public static Redactor none() {
        return NONE;
    }

    /** Returns the text with every known secret replaced by {@link #MASK}; null becomes "". */
    public String redact(String text) {
        if (text == null) {
            return "";
        }
        String result = text;
        for (String secret : secrets) {
            result = result.replace(secret, MASK);
        }
        return result;
    }

    /** Returns the message of a throwable and of its causes, redacted. */
    public String describe(Throwable error) {
        StringBuilder text = new StringBuilder(error.getClass().getSimpleName());
        if (error.getMessage() != null) {
            text.append(": ").append(error.getMessage());
        }
        if (error.getCause() != null && error.getCause() != error) {
            text.append(" (caused by ").append(describe(error.getCause())).append(')');
        }
        return redact(text.toString());
    }

    /** Returns how many secrets (counting encoded forms) this redactor masks; never the secrets. */
    @Override
    public String toString() {
        return "Redactor[" + secrets.size() + " forms]";
    }
}
