package dev.tradescope.marketdata.secedgar;

import dev.tradescope.support.LazyLogger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Keeps SEC's {@code company_tickers.json} on disk for a few days, so that runs do not fetch it again. */
final class TickerTableFile {
    static final Duration MAX_AGE = Duration.ofDays(3);
    private static final LazyLogger LOG = new LazyLogger(TickerTableFile.class);

    private final Path file;
    private final Clock clock;

    TickerTableFile(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    // The stored body when it is younger than MAX_AGE; unreadable files count as absent.
    Optional<String> findFresh() {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            Instant written = Files.getLastModifiedTime(file).toInstant();
            if (Duration.between(written, clock.instant()).compareTo(MAX_AGE) > 0) {
                return Optional.empty();
            }
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.get().warn("ignoring unreadable SEC ticker table {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    // Writes to a temp file and renames; a failure is logged, not fatal (the table is only a shortcut).
    void store(String body) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "company_tickers", ".tmp");
            try {
                Files.writeString(temp, body, StandardCharsets.UTF_8);
                move(temp);
                Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(clock.instant()));
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            LOG.get().warn("cannot keep the SEC ticker table in {}: {}", file, e.getMessage());
        }
    }

    private void move(Path temp) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
