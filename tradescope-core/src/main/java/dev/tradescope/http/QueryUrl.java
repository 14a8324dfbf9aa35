package dev.tradescope.http;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds request URLs from a configurable base URL, a path and encoded query parameters. */
public final class QueryUrl {

    private QueryUrl() {
    }

    /** Builds {@code base + path + ?k=v&...}, encoding every parameter; the base may end with or without "/". */
    public static URI of(URI base, String path, Map<String, String> parameters) {
        String root = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1)
                : base.toString();
        String query = parameters.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return URI.create(root + path + (query.isEmpty() ? "" : "?" + query));
    }

    /** Encodes one path segment or parameter value. */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
