package dev.tradescope.cache;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tradescope.support.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Imports a legacy flat cache ({@code <md5>.json} files holding {@code {"timestamp": ISO, "data": …}},
 * optionally in per-service subfolders). Entries still valid by their timestamp and TTL class are
 * filed under the new keys; everything else is reported with a reason. A corrupt file is reported,
 * never fatal. Timestamps without an offset are read as UTC.
 */
final class LegacyImporter {
    private static final Pattern LEGACY_NAME = Pattern.compile("(?i)[0-9a-f]{32}\\.json");

    private final DiskLayout layout;
    private final TtlPolicy policy;
    private final Clock clock;

    LegacyImporter(DiskLayout layout, TtlPolicy policy, Clock clock) {
        this.layout = layout;
        this.policy = policy;
        this.clock = clock;
    }

    ImportReport importFrom(Path legacyDir) {
        if (!Files.isDirectory(legacyDir)) {
            throw new InvalidInputException("legacy cache folder " + legacyDir + " does not exist or is not a folder");
        }
        List<ImportReport.Imported> imported = new ArrayList<>();
        List<ImportReport.Skipped> skipped = new ArrayList<>();
        List<Path> files = legacyFiles(legacyDir);
        for (Path file : files) {
            String name = legacyDir.relativize(file).toString();
            try {
                importFile(file, name, imported, skipped);
            } catch (java.io.UncheckedIOException e) {
                throw e;
            } catch (RuntimeException e) {
                skipped.add(new ImportReport.Skipped(name, "corrupt: " + e.getMessage()));
            }
        }
        return new ImportReport(files.size(), imported, skipped);
    }

    private static List<Path> legacyFiles(Path dir) {
        List<Path> files = new ArrayList<>();
        for (Path child : DiskLayout.list(dir)) {
            if (Files.isDirectory(child)) {
                DiskLayout.list(child).stream().filter(LegacyImporter::isLegacyName).forEach(files::add);
            } else if (isLegacyName(child)) {
                files.add(child);
            }
        }
        files.sort(null);
        return files;
    }

    private static boolean isLegacyName(Path file) {
        return LEGACY_NAME.matcher(file.getFileName().toString()).matches();
    }

    private void importFile(Path file, String name, List<ImportReport.Imported> imported,
                            List<ImportReport.Skipped> skipped) {
        JsonNode root = readJson(file);
        Instant fetchedAt = parseTimestamp(root.path("timestamp"));
        if (!root.has("data")) {
            throw new IllegalArgumentException("no \"data\" field");
        }
        List<LegacyPayloads.Recovered> recovered = LegacyPayloads.recover(root.path("data"), fetchedAt);
        if (recovered.isEmpty()) {
            skipped.add(new ImportReport.Skipped(name, "request cannot be recovered from the payload (known: "
                    + LegacyPayloads.KNOWN_SHAPES + ")"));
        }
        for (LegacyPayloads.Recovered one : recovered) {
            store(one, fetchedAt).ifPresentOrElse(key -> imported.add(new ImportReport.Imported(name, key)),
                    () -> skipped.add(new ImportReport.Skipped(name, "expired: " + one.request().describe()
                            + " fetched at " + fetchedAt)));
        }
    }

    private static JsonNode readJson(Path file) {
        try {
            return PayloadCodec.mapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    private static Instant parseTimestamp(JsonNode node) {
        if (node.isNumber()) {
            return Instant.ofEpochMilli((long) (node.asDouble() * (node.asDouble() > 1e11 ? 1 : 1000)));
        }
        String text = node.asText("");
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                throw new IllegalArgumentException("timestamp '" + text + "' is not an ISO date-time");
            }
        }
    }

    // Writes the entry unless it has expired; returns the new key's canonical form.
    private Optional<String> store(LegacyPayloads.Recovered recovered, Instant fetchedAt) {
        TtlClass ttlClass = policy.classify(recovered.request(), fetchedAt);
        Optional<Instant> expiresAt = policy.expiresAt(ttlClass, fetchedAt);
        if (expiresAt.isPresent() && !clock.instant().isBefore(expiresAt.get())) {
            return Optional.empty();
        }
        CacheKey key = CacheKey.of(recovered.provider(), recovered.request());
        CacheEntry entry = new CacheEntry(key, ttlClass, fetchedAt, expiresAt, PayloadCodec.encode(recovered.answer()));
        try {
            DiskLayout.writeAtomically(layout.entryPath(key), Envelope.encode(entry), clock.instant());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write the cache at " + layout.root(), e);
        }
        return Optional.of(key.canonical());
    }
}
