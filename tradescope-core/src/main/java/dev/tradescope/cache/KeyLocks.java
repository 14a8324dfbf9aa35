package dev.tradescope.cache;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;

/**
 * Takes a per-key file lock ({@code <root>/locks/<sha256>.lock}) so that two processes on one
 * machine do not fetch the same key at once. Waiting is bounded; when the lock cannot be had (no
 * folder, read-only, waited too long) the caller goes on without it.
 */
final class KeyLocks {
    /** How long a process waits for another one's fetch of the same key before fetching itself. */
    static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(60);
    private static final Held NONE = () -> { };

    private final Optional<Path> dir;
    private final Duration maxWait;

    KeyLocks(Optional<Path> dir, Duration maxWait) {
        this.dir = dir;
        this.maxWait = maxWait;
    }

    /** Holds a lock until closed. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /** Takes the lock of a key, waiting at most the bound; returns a no-op when it cannot be had. */
    Held acquire(CacheKey key) {
        if (dir.isEmpty()) {
            return NONE;
        }
        try {
            Files.createDirectories(dir.get());
            FileChannel channel = FileChannel.open(dir.get().resolve(key.sha256() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            return waitFor(channel);
        } catch (IOException e) {
            return NONE;
        }
    }

    private Held waitFor(FileChannel channel) throws IOException {
        long deadline = System.nanoTime() + maxWait.toNanos();
        long pauseMillis = 1;
        while (true) {
            Optional<FileLock> lock = tryLock(channel);
            if (lock.isPresent()) {
                return () -> release(channel);
            }
            if (System.nanoTime() > deadline || !pause(pauseMillis)) {
                channel.close();
                return NONE;
            }
            pauseMillis = Math.min(pauseMillis * 2, 25);
        }
    }

    private static Optional<FileLock> tryLock(FileChannel channel) throws IOException {
        try {
            return Optional.ofNullable(channel.tryLock());
        } catch (OverlappingFileLockException e) {
            return Optional.empty();
        }
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    // Closing the channel releases its lock.
    private static void release(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            return;
        }
    }
}
