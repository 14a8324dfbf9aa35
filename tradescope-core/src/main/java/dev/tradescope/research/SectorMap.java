package dev.tradescope.research;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps tickers to GICS sectors: user overrides first, then the shipped {@code sectors.csv}
 * (S&amp;P 500 constituents and the most traded funds).
 *
 * <p>This class is immutable and thread-safe.
 */
final class SectorMap {

    private static final String RESOURCE = "sectors.csv";
    private static final Map<String, String> SHIPPED = load();

    private final Map<String, String> overrides;

    private SectorMap(Map<String, String> overrides) {
        this.overrides = overrides;
    }

    /** Builds the map with the given overrides (ticker → sector, sector names or aliases). */
    static SectorMap withOverrides(Map<String, String> overrides) {
        Map<String, String> canonical = new HashMap<>();
        overrides.forEach((ticker, sector) ->
                canonical.put(ticker.strip().toUpperCase(Locale.ROOT), SectorNames.canonicalOrAsWritten(sector)));
        return new SectorMap(Map.copyOf(canonical));
    }

    /** Returns the sector of {@code ticker}, if it is overridden or shipped. */
    Optional<SectorAssignment> findSector(String ticker) {
        String key = ticker.strip().toUpperCase(Locale.ROOT);
        String override = overrides.get(key);
        if (override != null) {
            return Optional.of(new SectorAssignment(override, SectorAssignment.OVERRIDE));
        }
        return Optional.ofNullable(SHIPPED.get(key)).map(s -> new SectorAssignment(s, SectorAssignment.SECTOR_MAP));
    }

    /** Returns the shipped map (ticker → sector). */
    static Map<String, String> shipped() {
        return SHIPPED;
    }

    private static Map<String, String> load() {
        try (InputStream in = SectorMap.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource dev/tradescope/research/" + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read dev/tradescope/research/" + RESOURCE, e);
        }
    }

    /** Parses {@code ticker,sector} lines; {@code #} starts a comment; the header line is skipped. */
    static Map<String, String> parse(BufferedReader reader) throws IOException {
        Map<String, String> map = new HashMap<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#") || text.equalsIgnoreCase("ticker,sector")) {
                continue;
            }
            int comma = text.indexOf(',');
            String sector = comma < 0 ? "" : text.substring(comma + 1).strip();
            if (comma <= 0 || SectorNames.findCanonical(sector).filter(sector::equals).isEmpty()) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": expected ticker,sector with a "
                        + "GICS sector or pseudo-sector name, was '" + text + "'");
            }
            String ticker = text.substring(0, comma).strip().toUpperCase(Locale.ROOT);
            if (map.put(ticker, sector) != null) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": duplicate ticker " + ticker);
            }
        }
        return Map.copyOf(map);
    }
}
