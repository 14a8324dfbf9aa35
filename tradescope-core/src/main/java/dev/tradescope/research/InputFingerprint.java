package dev.tradescope.research;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Identifies the content of an input file (a trade-history export) by its size and SHA-256, so that a prior
 * discovery is only reused for exactly the same input.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param sizeBytes the file size in bytes
 * @param sha256    the SHA-256 of the content, lower-case hex
 */
public record InputFingerprint(long sizeBytes, String sha256) {

    /** Validates the size and the digest format. */
    public InputFingerprint {
        Objects.requireNonNull(sha256, "sha256");
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("sizeBytes: must not be negative, was " + sizeBytes);
        }
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256: must be 64 lower-case hex digits, was '" + sha256 + "'");
        }
    }

    /**
     * Reads the fingerprint of {@code file}.
     *
     * @throws UncheckedIOException if the file cannot be read
     */
    public static InputFingerprint read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            long size = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
                size += n;
            }
            return new InputFingerprint(size, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file + " to fingerprint it", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
