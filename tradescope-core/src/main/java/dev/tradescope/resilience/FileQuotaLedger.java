package dev.tradescope.resilience;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Keeps the calls used today in {@code <dir>/<provider>.json} ({@code {"date":"…","used":N}}),
 * written to a temp file and renamed; a file lock makes the read-count-write step safe between
 * processes on one machine. A file from an earlier day counts as zero. An unreadable file is
 * logged and counted as zero rather than stopping the run. The file is read and written with the
 * streaming JSON API: a run that only asks how much quota is left builds no {@code ObjectMapper}.
 *
 * <p>This class is thread-safe.
 */
public final class FileQuotaLedger implements QuotaLedger {
    private static final LazyLogger LOG = new LazyLogger(FileQuotaLedger.class);
    private static final JsonFactory JSON = new JsonFactory();

    // A file lock is held by the whole process, and the JVM refuses a second one on the same file: ledgers
    // of one process on the same directory take turns (one monitor per directory) before locking the file.
    private static final ConcurrentMap<Path, Object> TURNS = new ConcurrentHashMap<>();

    private final Path dir;
    private final Object turn;

    /** Builds a ledger in the directory (usually {@code <cache root>/quota}); it is created on first write. */
    public FileQuotaLedger(Path dir) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.turn = TURNS.computeIfAbsent(dir.toAbsolutePath().normalize(), d -> new Object());
    }

    @Override
    public boolean tryUse(ProviderId provider, LocalDate day, long limit) {
        synchronized (turn) {
            return lockAndCount(provider, day, limit);
        }
    }

    private boolean lockAndCount(ProviderId provider, LocalDate day, long limit) {
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
    public long used(ProviderId provider, LocalDate day) {
        synchronized (turn) {
            return read(provider, day);
        }
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
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            return usedOn(parser, day.toString());
        } catch (IOException e) {
            LOG.get().warn("ignoring unreadable quota file {}: {}", file, e.getMessage());
            return 0;
        }
    }

    // The count of a ledger file when its date is `day`, else 0; other fields are ignored.
    private static long usedOn(JsonParser parser, String day) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return 0;
        }
        String date = null;
        long used = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            switch (name) {
                case "date" -> date = parser.getValueAsString();
                case "used" -> used = parser.getValueAsLong(0);
                default -> parser.skipChildren();
            }
        }
        return day.equals(date) ? Math.max(0, used) : 0;
    }

    private void write(ProviderId provider, LocalDate day, long used) throws IOException {
        Path file = dir.resolve(provider.id() + ".json");
        Path temp = Files.createTempFile(dir, provider.id(), ".tmp");
        try {
            try (JsonGenerator gen = JSON.createGenerator(temp.toFile(), JsonEncoding.UTF8)) {
                gen.writeStartObject();
                gen.writeStringField("date", day.toString());
                gen.writeNumberField("used", used);
                gen.writeEndObject();
            }
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
