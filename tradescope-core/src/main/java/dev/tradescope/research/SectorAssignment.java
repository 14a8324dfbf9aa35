package dev.tradescope.research;

import java.util.Objects;

/**
 * Says which sector a ticker belongs to and where that came from.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param sector the GICS sector name (or a pseudo-sector such as {@code Broad Market} for index funds)
 * @param source {@code override} (tradescope.yaml) or {@code sector_map} (the shipped map)
 */
public record SectorAssignment(String sector, String source) {

    /** The source of an assignment from {@code tradescope.yaml}. */
    public static final String OVERRIDE = "override";
    /** The source of an assignment from the shipped sector map. */
    public static final String SECTOR_MAP = "sector_map";

    /** Validates the components. */
    public SectorAssignment {
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(source, "source");
    }
}
