package dev.tradescope.cache;

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
 * Remembers which daily-history windows each provider's cache holds per symbol
 * ({@code <cache root>/windows/<provider>/<SYMBOL>.txt}, one {@code from,to} line per window), so
 * that a window inside a cached longer one is served from it. Appends are made under a file lock;
 * a line that cannot be read is skipped (the entry it names is then simply not found).
 */
final class HistoryWindows {
    private static final String DIR = "windows";

    private final Path dir;

    HistoryWindows(Path cacheRoot) {
        this.dir = cacheRoot.resolve(DIR);
    }

    // Records that the cache now holds this window; a failure to record only costs a later hit.
    void record(ProviderId provider, PriceHistoryRequest request) {
        Path file = fileOf(provider, request.symbol());
        String line = request.from() + "," + request.to() + "\n";
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                String known = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                if (!("\n" + known).contains("\n" + line)) {
                    channel.position(channel.size());
                    channel.write(java.nio.ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            // the window stays unknown: the exact key still finds the entry
        }
    }

    /** Lists the recorded windows that strictly contain the request's window, narrowest first. */
    List<PriceHistoryRequest> covering(ProviderId provider, PriceHistoryRequest request) {
        List<PriceHistoryRequest> out = new ArrayList<>();
        for (String line : lines(fileOf(provider, request.symbol()))) {
            parse(request.symbol(), line).filter(w -> !w.equals(request) && !w.from().isAfter(request.from())
                    && !w.to().isBefore(request.to())).ifPresent(out::add);
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

    private static Optional<PriceHistoryRequest> parse(String symbol, String line) {
        String[] parts = line.split(",");
        try {
            return parts.length == 2 ? Optional.of(new PriceHistoryRequest(symbol, LocalDate.parse(parts[0]),
                    LocalDate.parse(parts[1]))) : Optional.empty();
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Path fileOf(ProviderId provider, String symbol) {
        return dir.resolve(provider.id()).resolve(symbol.replaceAll("[^A-Za-z0-9.=^-]", "_") + ".txt");
    }
}
