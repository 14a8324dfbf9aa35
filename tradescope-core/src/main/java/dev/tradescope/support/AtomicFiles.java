package dev.tradescope.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes files so that readers see either the old content or the complete new one, never a part:
 * the content goes to a temp file in the same directory, is forced to disk, then renamed over the target.
 */
public final class AtomicFiles {
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private AtomicFiles() {
    }

    /** Receives the stream to write the content to. */
    @FunctionalInterface
    public interface Content {
        /** Writes the content; the stream is closed by the caller. */
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes the content to {@code target} atomically, creating parent directories. */
    public static void write(Path target, Content content) {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = createTemp(dir, target.getFileName().toString());
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            move(temp, target);
            temp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    // Creates a new temp file beside the target: ".{name}.{unique}.tmp", never an existing file
    // (CREATE_NEW). Files.createTempFile would seed a SecureRandom for the name, which costs a short
    // run more than the whole write.
    private static Path createTemp(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + name + "." + Long.toHexString(System.nanoTime())
                    + "-" + SEQUENCE.incrementAndGet() + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // the temp file's name starts with a dot; a leftover is harmless and never read
        }
    }
}
