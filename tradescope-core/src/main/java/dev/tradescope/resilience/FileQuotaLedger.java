package dev.tradescope.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.support.LazyLogger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps the calls used today in {@code <dir>/<provider>.json} ({@code {"date":"…","used":N}}),
 * written to a temp file and renamed; a file lock makes the read-count-write step safe between
 * processes on one machine. A file from an earlier day counts as zero. An unreadable file is
 * logged and counted as zero rather than stopping the run.
 *
 * <p>This class is thread-safe.
 */
public final class FileQuotaLedger implements QuotaLedger {
    private static final LazyLogger LOG = new LazyLogger(FileQuotaLedger.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;

    /** Builds a ledger in the directory (usually {@code <cache root>/quota}); it is created on first write. */
    public FileQuotaLedger(Path dir) {
        this.dir = Objects.requireNonNull(dir, "dir");
    }

    @Override
    public synchronized boolean tryUse(ProviderId provider, LocalDate day, long limit) {
        try {
            Files.createDirectories(dir);
            try (FileChannel channel = FileChannel.open(dir.resolve(provider.id() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock lock = channel.lock();
                try {
                    return countOne(provider, day, limit);
                } finally {
                    lock.release();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the quota file of " + provider + " in " + dir, e);
        }
    }

    private boolean countOne(ProviderId provider, LocalDate day, long limit) throws IOException {
        long used = read(provider, day);
        if (used >= limit) {
            return false;
        }
        write(provider, day, used + 1);
        return true;
    }

    @Override
    public synchronized long used(ProviderId provider, LocalDate day) {
        return read(provider, day);
    }

    @Override
    public void close() {
        // nothing held open
    }

    private long read(ProviderId provider, LocalDate day) {
        Path file = dir.resolve(provider.id() + ".json");
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        try {
            JsonNode node = JSON.readTree(file.toFile());
            return day.toString().equals(node.path("date").asText()) ? Math.max(0, node.path("used").asLong(0)) : 0;
        } catch (IOException e) {
            LOG.get().warn("ignoring unreadable quota file {}: {}", file, e.getMessage());
            return 0;
        }
    }

    private void write(ProviderId provider, LocalDate day, long used) throws IOException {
        Path file = dir.resolve(provider.id() + ".json");
        Path temp = Files.createTempFile(dir, provider.id(), ".tmp");
        try {
            JSON.writeValue(temp.toFile(), Map.of("date", day.toString(), "used", used));
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
