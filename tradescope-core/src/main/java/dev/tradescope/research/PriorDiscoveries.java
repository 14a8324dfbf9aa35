package dev.tradescope.research;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Finds the newest prior discovery of a portfolio ({@code data/outputs/trade_history/discovery/{portfolio}_{YYYYMMDD}.json}
 * or {@code {portfolio}.json}) and decides whether it may be reused: written within the window and recorded with
 * the same input fingerprint (at {@link #SIZE_POINTER} and {@link #CONTENT_HASH_POINTER}). Never reused across a
 * changed input. Lists the folder once; reads only the newest file, and of it only as far as the fingerprint, with
 * the streaming API.
 */
public final class PriorDiscoveries {

    /** The discovery output folder, relative to the workspace. */
    public static final String FOLDER = "data/outputs/trade_history/discovery";
    /** Where a discovery document records the size in bytes of its input file. */
    public static final String SIZE_POINTER = "/discovery_metadata/input_file/size_bytes";
    /** Where a discovery document records the content hash of its input file. */
    public static final String CONTENT_HASH_POINTER = "/discovery_metadata/input_file/content_hash";
    private static final JsonFactory JSON = new JsonFactory();

    private PriorDiscoveries() {
    }

    /**
     * Returns the newest prior discovery of {@code portfolio} with its reuse verdict, if there is one.
     *
     * @param workspace the workspace
     * @param portfolio the portfolio name (exact match, as in the file name)
     * @param input     the fingerprint of the current input file
     * @param now       the run's start
     * @param window    a discovery older than this is not reused (default 24 h in {@code ResearchSettings})
     */
    public static Optional<PriorDiscovery> findLatest(Path workspace, String portfolio, InputFingerprint input,
            Instant now, Duration window) {
        Path folder = workspace.toAbsolutePath().normalize().resolve(FOLDER);
        return newest(folder, portfolio).map(file -> assess(workspace.toAbsolutePath().normalize(), file, input, now,
                window));
    }

    private static Optional<Path> newest(Path folder, String portfolio) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        Path newest = null;
        Instant newestTime = Instant.MIN;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                Instant written = Files.getLastModifiedTime(file).toInstant();
                if (isDiscoveryOf(file.getFileName().toString(), portfolio) && written.isAfter(newestTime)) {
                    newest = file;
                    newestTime = written;
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(newest);
    }

    /** Tells whether {@code fileName} is {@code {portfolio}.json} or {@code {portfolio}_{YYYYMMDD}.json}. */
    static boolean isDiscoveryOf(String fileName, String portfolio) {
        if (fileName.equals(portfolio + ".json")) {
            return true;
        }
        String asNote = fileName.endsWith(".json") ? fileName.substring(0, fileName.length() - 5) + ".md" : "";
        return NoteNames.findName(asNote).filter(portfolio::equals).isPresent();
    }

    private static PriorDiscovery assess(Path workspace, Path file, InputFingerprint input, Instant now,
            Duration window) {
        Instant written = writtenAt(file);
        Duration age = Duration.between(written, now);
        String path = NoteReading.relative(workspace, file);
        String at = DateTimeFormatter.ISO_INSTANT.format(written);
        Optional<InputFingerprint> recorded = recordedInput(file);
        boolean sameInput = recorded.filter(input::equals).isPresent();
        boolean inWindow = !age.isNegative() && age.compareTo(window) <= 0;
        String reason = reason(recorded, sameInput, inWindow, age, window);
        return new PriorDiscovery(path, at, Math.max(0, age.toMinutes()), sameInput, sameInput && inWindow, reason);
    }

    private static String reason(Optional<InputFingerprint> recorded, boolean sameInput, boolean inWindow,
            Duration age, Duration window) {
        if (recorded.isEmpty()) {
            return "it records no input fingerprint (" + SIZE_POINTER + ", " + CONTENT_HASH_POINTER + ")";
        }
        if (!sameInput) {
            return "its input file has changed (size or content hash differ)";
        }
        if (!inWindow) {
            return "written " + age.toMinutes() + " min ago, outside the " + window.toMinutes() + " min window";
        }
        return "same input, written " + age.toMinutes() + " min ago, within the " + window.toMinutes() + " min window";
    }

    private static Instant writtenAt(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private static Optional<InputFingerprint> recordedInput(Path file) {
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT || !enterObject(parser, "discovery_metadata")
                    || !enterObject(parser, "input_file")) {
                return Optional.empty();
            }
            Long size = null;
            String hash = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("size_bytes") && value == JsonToken.VALUE_NUMBER_INT) {
                    size = parser.getLongValue();
                } else if (name.equals("content_hash") && value == JsonToken.VALUE_STRING) {
                    hash = parser.getText();
                } else {
                    parser.skipChildren();
                }
            }
            return size == null || hash == null ? Optional.empty() : Optional.of(new InputFingerprint(size, hash));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    // Moves the parser, inside an object, into the object that is the value of its field `name`; false when
    // that object has no such field or its value is not an object.
    private static boolean enterObject(JsonParser parser, String name) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            boolean wanted = name.equals(parser.currentName());
            if (parser.nextToken() == JsonToken.START_OBJECT && wanted) {
                return true;
            }
            parser.skipChildren();
        }
        return false;
    }
}
