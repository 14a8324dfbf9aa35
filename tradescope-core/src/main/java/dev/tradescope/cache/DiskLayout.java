package dev.tradescope.cache;

import dev.tradescope.marketdata.ProviderId;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Knows where disk entries live ({@code <root>/<provider>/<xx>/<sha256>.json}), how to list them
 * while other processes write, and how to write a file atomically (temp file, fsync, rename).
 */
final class DiskLayout {
    static final String QUARANTINE = "quarantine";
    static final String LOCKS = "locks";
    private static final Pattern ENTRY_NAME = Pattern.compile("[0-9a-f]{64}\\.json");
    private static final Pattern SHARD_NAME = Pattern.compile("[0-9a-f]{2}");

    private final Path root;

    DiskLayout(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    Path entryPath(CacheKey key) {
        return root.resolve(key.provider().id()).resolve(key.sha256().substring(0, 2)).resolve(key.sha256() + ".json");
    }

    Path quarantineDir() {
        return root.resolve(QUARANTINE);
    }

    Path locksDir() {
        return root.resolve(LOCKS);
    }

    /** Holds one entry file found on disk with its size and last-use time. */
    record EntryFile(Path path, ProviderId provider, String sha256, long size, Instant lastUsed) {
    }

    /** Lists every entry file, tolerating files and folders that vanish while listing. */
    List<EntryFile> listEntries() {
        List<EntryFile> found = new ArrayList<>();
        for (ProviderId provider : ProviderId.values()) {
            for (Path shard : list(root.resolve(provider.id()))) {
                if (SHARD_NAME.matcher(shard.getFileName().toString()).matches()) {
                    addEntries(found, provider, shard);
                }
            }
        }
        return found;
    }

    private void addEntries(List<EntryFile> found, ProviderId provider, Path shard) {
        for (Path file : list(shard)) {
            String name = file.getFileName().toString();
            if (ENTRY_NAME.matcher(name).matches()) {
                attributes(file).ifPresent(attrs -> found.add(new EntryFile(file, provider,
                        name.substring(0, 64), attrs.size(), attrs.lastModifiedTime().toInstant())));
            }
        }
    }

    /** Lists leftover temp files of interrupted writes. */
    List<Path> listTempFiles() {
        List<Path> found = new ArrayList<>();
        for (ProviderId provider : ProviderId.values()) {
            for (Path shard : list(root.resolve(provider.id()))) {
                list(shard).stream().filter(f -> f.getFileName().toString().endsWith(".tmp")).forEach(found::add);
            }
        }
        return found;
    }

    /** Lists the files of a folder, empty when it is missing or vanishes. */
    static List<Path> list(Path dir) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(files::add);
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            return files;
        }
        return files;
    }

    static Optional<BasicFileAttributes> attributes(Path file) {
        try {
            return Optional.of(Files.readAttributes(file, BasicFileAttributes.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Writes bytes to a temp file beside the target, syncs it, and renames it over the target. */
    static void writeAtomically(Path target, byte[] bytes, Instant lastUsed) throws IOException {
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current()
                .nextLong()) + ".tmp");
        try {
            writeSynced(temp, bytes);
            Files.setLastModifiedTime(temp, FileTime.from(lastUsed));
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void writeSynced(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    // Makes the rename durable; some file systems refuse to open a folder, which only costs durability.
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            return;
        }
    }

    /** Deletes a key lock file unless a process holds its lock; true when deleted. */
    static boolean deleteUnlocked(Path lockFile) {
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            java.nio.channels.FileLock lock = channel.tryLock();
            if (lock == null) {
                return false;
            }
            Files.deleteIfExists(lockFile);
            return true;
        } catch (IOException | java.nio.channels.OverlappingFileLockException e) {
            return false;
        }
    }

    /** Moves a file into the quarantine folder; false when it vanished or cannot be moved. */
    boolean quarantine(Path file) {
        try {
            Files.createDirectories(quarantineDir());
            Path target = quarantineDir().resolve(file.getFileName() + "." + System.nanoTime() + ".bad");
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
