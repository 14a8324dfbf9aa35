package dev.tradescope.research;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Says which traded sectors have a local sector note.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param sectorsTraded         traded sectors (unmapped tickers excluded)
 * @param sectorsWithNote       traded sectors with a note on or before the as-of date
 * @param coverage              sectorsWithNote / sectorsTraded, 4 decimals (0 without sectors)
 * @param sectorsMissingNote    traded sectors without a note, sorted
 * @param availableSectorNotes  every sector with a note on or before the as-of date, traded or not
 */
public record SectorCoverage(int sectorsTraded, int sectorsWithNote, BigDecimal coverage,
        List<String> sectorsMissingNote, List<String> availableSectorNotes) {

    /** Validates the components and copies the lists. */
    public SectorCoverage {
        Objects.requireNonNull(coverage, "coverage");
        sectorsMissingNote = List.copyOf(sectorsMissingNote);
        availableSectorNotes = List.copyOf(availableSectorNotes);
    }
}
