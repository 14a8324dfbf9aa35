package dev.tradescope.cache;

import dev.tradescope.marketdata.EconomicSeriesRequest;
import dev.tradescope.marketdata.MarketDataRequest;
import dev.tradescope.marketdata.PriceHistoryRequest;
import dev.tradescope.marketdata.ProviderId;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Remembers which date windows each provider's cache holds per symbol or series: daily histories
 * and economic series ({@code <cache root>/windows/<provider>/<kind>-<SUBJECT>.txt}, one
 * {@code from,to} line per window), so that a window inside a cached longer one is served from it. Appends are made under a file lock;
 * a line that cannot be read is skipped (the entry it names is then simply not found).
 */
final class HistoryWindows {
    private static final String DIR = "windows";

    private final Path dir;

    HistoryWindows(Path cacheRoot) {
        this.dir = cacheRoot.resolve(DIR);
    }

    /** A date window of one kind of request about one subject. */
    record Window(String kind, String subject, LocalDate from, LocalDate to) {
        // Finds the window of a ranged request: a daily history or an economic series.
        static Optional<Window> of(MarketDataRequest<?> request) {
            if (request instanceof PriceHistoryRequest h) {
                return Optional.of(new Window(h.kind().id(), h.symbol(), h.from(), h.to()));
            }
            if (request instanceof EconomicSeriesRequest s) {
                return Optional.of(new Window(s.kind().id(), s.seriesId(), s.from(), s.to()));
            }
            return Optional.empty();
        }

        // Rebuilds the request of this window.
        MarketDataRequest<?> toRequest() {
            return kind.equals("series") ? new EconomicSeriesRequest(subject, from, to)
                    : new PriceHistoryRequest(subject, from, to);
        }

        boolean contains(Window other) {
            return !equals(other) && !from.isAfter(other.from) && !to.isBefore(other.to);
        }
    }

    // Records that the cache now holds this window; a failure to record only costs a later hit.
    void record(ProviderId provider, Window window) {
        Path file = fileOf(provider, window);
        String line = window.from() + "," + window.to() + "\n";
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE)) {
                FileLock lock = channel.lock();
                try {
                    appendIfNew(channel, file, line);
                } finally {
                    lock.release();
                }
            }
        } catch (IOException e) {
            // the window stays unknown: the exact key still finds the entry
        }
    }

    private static void appendIfNew(FileChannel channel, Path file, String line) throws IOException {
        String known = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        if (!("\n" + known).contains("\n" + line)) {
            channel.position(channel.size());
            channel.write(java.nio.ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** Lists the recorded windows that contain the given one (and are not it), narrowest first. */
    List<Window> covering(ProviderId provider, Window window) {
        List<Window> out = new ArrayList<>();
        for (String line : lines(fileOf(provider, window))) {
            parse(window, line).filter(w -> w.contains(window)).ifPresent(out::add);
        }
        out.sort(Comparator.comparingLong(w -> w.to().toEpochDay() - w.from().toEpochDay()));
        return out;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Optional<Window> parse(Window like, String line) {
        String[] parts = line.split(",");
        try {
            return parts.length == 2 ? Optional.of(new Window(like.kind(), like.subject(), LocalDate.parse(parts[0]),
                    LocalDate.parse(parts[1]))) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private Path fileOf(ProviderId provider, Window window) {
        return dir.resolve(provider.id()).resolve(window.kind() + "-"
                + window.subject().replaceAll("[^A-Za-z0-9.=^-]", "_") + ".txt");
    }
}
