package dev.tradescope.cache;

import dev.tradescope.marketdata.DataKind;
import dev.tradescope.marketdata.MarketDataRequest;
import dev.tradescope.marketdata.ProviderId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.regex.Pattern;

/**
 * Identifies one cached answer: provider, data kind and the normalised request parameters.
 * Keys are built only by {@link #of(ProviderId, MarketDataRequest)}, so every caller asking for the
 * same data builds an equal key, and nothing but the request's own parameters (never a secret)
 * can enter it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CacheKey {
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(api.?key|token|secret|password|passwd|auth).*");

    private final ProviderId provider;
    private final DataKind kind;
    private final String canonical;
    private final String sha256;

    private CacheKey(ProviderId provider, DataKind kind, String canonical) {
        this.provider = provider;
        this.kind = kind;
        this.canonical = canonical;
        this.sha256 = sha256Hex(canonical);
    }

    /** Builds the key of a request answered by a provider. */
    public static CacheKey of(ProviderId provider, MarketDataRequest<?> request) {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(request, "request");
        return new CacheKey(provider, request.kind(), canonicalOf(provider, request.kind(), request.parameters()));
    }

    private static String canonicalOf(ProviderId provider, DataKind kind, SortedMap<String, String> parameters) {
        StringBuilder text = new StringBuilder(provider.id()).append('|').append(kind.id()).append('|');
        String separator = "";
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            checkNotSecret(parameter.getKey());
            text.append(separator).append(escape(parameter.getKey())).append('=').append(escape(parameter.getValue()));
            separator = "&";
        }
        return text.toString();
    }

    private static void checkNotSecret(String name) {
        if (SECRET_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("request parameter '" + name
                    + "' looks like a secret and must never enter a cache key");
        }
    }

    // Percent-escapes the separators so that distinct parameter maps never share a canonical form.
    private static String escape(String value) {
        return value.replace("%", "%25").replace("&", "%26").replace("=", "%3D").replace("|", "%7C");
    }

    /** Returns the provider whose answer this key names. */
    public ProviderId provider() {
        return provider;
    }

    /** Returns the kind of data this key names. */
    public DataKind kind() {
        return kind;
    }

    /** Returns the canonical text form, such as {@code yahoo|history|from=2025-01-02&symbol=SPY&to=2025-07-19}. */
    public String canonical() {
        return canonical;
    }

    /** Returns the lower-case hex SHA-256 of the canonical form: the entry's file name without extension. */
    public String sha256() {
        return sha256;
    }

    /** Returns the SHA-256 hex of a text, in the form this key uses. */
    static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8), 0, -1);
    }

    /** Returns the SHA-256 hex of a byte range; a negative length means the whole array. */
    static String sha256Hex(byte[] bytes, int offset, int length) {
        MessageDigest digest = newDigest();
        digest.update(bytes, offset, length < 0 ? bytes.length - offset : length);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CacheKey key && canonical.equals(key.canonical);
    }

    @Override
    public int hashCode() {
        return canonical.hashCode();
    }

    @Override
    public String toString() {
        return canonical;
    }
}
