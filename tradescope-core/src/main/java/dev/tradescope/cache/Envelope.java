package dev.tradescope.cache;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * Holds a stored entry as read from its envelope: format version, key text, stored-at, TTL class,
 * expiry, payload checksum and the exact payload bytes. The envelope is one JSON object whose last
 * field is the payload, so the payload bytes are checked exactly as written.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param key       the canonical key text
 * @param storedAt  when the entry was stored
 * @param ttlClass  its TTL class
 * @param expiresAt its expiry, empty for never
 * @param checksum  the SHA-256 hex of the payload bytes
 * @param payload   the payload text
 */
record Envelope(String key, Instant storedAt, TtlClass ttlClass, Optional<Instant> expiresAt, String checksum,
                String payload) {
    static final int FORMAT_VERSION = 1;
    private static final JsonFactory JSON = new JsonFactory();

    /** Encodes an entry as envelope bytes. */
    static byte[] encode(CacheEntry entry) {
        byte[] payload = entry.payload().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + 400);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            writeHeader(json, entry, CacheKey.sha256Hex(payload, 0, -1));
            json.writeFieldName("payload");
            json.writeRawValue(entry.payload());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeHeader(JsonGenerator json, CacheEntry entry, String checksum) throws IOException {
        json.writeStartObject();
        json.writeNumberField("format_version", FORMAT_VERSION);
        json.writeStringField("key", entry.key().canonical());
        json.writeStringField("stored_at", entry.storedAt().toString());
        json.writeStringField("ttl_class", entry.ttlClass().id());
        json.writeStringField("expires_at", entry.expiresAt().map(Instant::toString).orElse(null));
        json.writeStringField("checksum", checksum);
    }

    /** Decodes envelope bytes, throwing {@link CorruptEntryException} that says what is wrong. */
    static Envelope decode(byte[] bytes) {
        try (JsonParser json = JSON.createParser(bytes)) {
            return new EnvelopeReader(json, bytes).read();
        } catch (IOException | RuntimeException e) {
            if (e instanceof CorruptEntryException corrupt) {
                throw corrupt;
            }
            throw new CorruptEntryException("unreadable envelope: " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** Builds the entry for a key, checking that the envelope belongs to it. */
    CacheEntry toEntry(CacheKey expected) {
        if (!key.equals(expected.canonical())) {
            throw new CorruptEntryException("envelope key '" + key + "' is not the requested key '" + expected + "'");
        }
        return new CacheEntry(expected, ttlClass, storedAt, expiresAt, payload);
    }

    /** Tells whether the envelope is fresh at the instant. */
    boolean isFreshAt(Instant now) {
        return expiresAt.map(now::isBefore).orElse(true);
    }

    /** Reads one envelope with a streaming parser, keeping the payload's exact byte range. */
    private static final class EnvelopeReader {
        private final JsonParser json;
        private final byte[] bytes;
        private Integer version;
        private String key;
        private Instant storedAt;
        private TtlClass ttlClass;
        private Optional<Instant> expiresAt;
        private String checksum;
        private String payload;

        EnvelopeReader(JsonParser json, byte[] bytes) {
            this.json = json;
            this.bytes = bytes;
        }

        Envelope read() throws IOException {
            expect(json.nextToken() == JsonToken.START_OBJECT, "not a JSON object");
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                readField(json.currentName());
            }
            expect(json.currentToken() == JsonToken.END_OBJECT, "envelope not closed");
            expect(json.nextToken() == null, "trailing content after the envelope");
            return build();
        }

        private void readField(String name) throws IOException {
            JsonToken token = json.nextToken();
            switch (name) {
                case "format_version" -> version = json.getIntValue();
                case "key" -> key = json.getText();
                case "stored_at" -> storedAt = Instant.parse(json.getText());
                case "ttl_class" -> ttlClass = TtlClass.findById(json.getText())
                        .orElseThrow(() -> new CorruptEntryException("unknown TTL class"));
                case "expires_at" -> expiresAt = token == JsonToken.VALUE_NULL
                        ? Optional.empty() : Optional.of(Instant.parse(json.getText()));
                case "checksum" -> checksum = json.getText();
                case "payload" -> payload = readPayload(token);
                default -> json.skipChildren();
            }
        }

        private String readPayload(JsonToken token) throws IOException {
            expect(token == JsonToken.START_OBJECT, "payload is not a JSON object");
            int start = (int) json.currentTokenLocation().getByteOffset();
            json.skipChildren();
            int end = (int) json.currentLocation().getByteOffset();
            String actual = CacheKey.sha256Hex(bytes, start, end - start);
            expect(checksum != null && checksum.equals(actual), "payload checksum mismatch");
            return new String(bytes, start, end - start, StandardCharsets.UTF_8);
        }

        private Envelope build() {
            expect(version != null && version == FORMAT_VERSION, "unsupported format version " + version);
            expect(key != null && storedAt != null && ttlClass != null && expiresAt != null && payload != null,
                    "envelope field missing");
            return new Envelope(key, storedAt, ttlClass, expiresAt, checksum, payload);
        }

        private static void expect(boolean condition, String problem) {
            if (!condition) {
                throw new CorruptEntryException(problem);
            }
        }
    }
}
