package dev.tradescope.bench.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;

/** Builds benchmark data: payloads, and cache folders of many entries written in the documented envelope format. */
final class CacheFixtures {
    private CacheFixtures() {
    }

    static String quotePayload(String symbol, Instant at) {
        return "{\"value\":{\"symbol\":\"" + symbol + "\",\"price\":512.25,\"previousClose\":510.0,\"currency\":\"USD\","
                + "\"marketTime\":\"" + at + "\"},\"provenance\":{\"provider\":\"YAHOO\",\"requestedAt\":\"" + at
                + "\",\"marketDate\":null,\"fromCache\":false,\"stale\":false,\"age\":null}}";
    }

    /**
     * Writes {@code count} entries under {@code root} (no fsync: this is a fixture), half of them
     * expired, each with a payload of about 1 KB, spread over three providers.
     */
    static void generate(Path root, int count) throws IOException {
        Instant now = Instant.now();
        String[] providers = {"yahoo", "fred", "alphavantage"};
        String pad = "x".repeat(800);
        for (int i = 0; i < count; i++) {
            String provider = providers[i % providers.length];
            String key = provider + "|quote|symbol=S" + i;
            String sha = sha256(key.getBytes(StandardCharsets.UTF_8));
            Instant stored = now.minus(Duration.ofMinutes(i % 2 == 0 ? 1 : 60));
            String payload = "{\"value\":{\"symbol\":\"S" + i + "\",\"pad\":\"" + pad + "\"},\"provenance\":{}}";
            String envelope = "{\"format_version\":1,\"key\":\"" + key + "\",\"stored_at\":\"" + stored
                    + "\",\"ttl_class\":\"quote\",\"expires_at\":\"" + stored.plus(Duration.ofMinutes(15))
                    + "\",\"checksum\":\"" + sha256(payload.getBytes(StandardCharsets.UTF_8)) + "\",\"payload\":"
                    + payload + "}";
            Path file = root.resolve(provider).resolve(sha.substring(0, 2)).resolve(sha + ".json");
            Files.createDirectories(file.getParent());
            Files.writeString(file, envelope);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
