package dev.tradescope.research;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reports the trades by sector and the local sector research: the {@code sector_analysis} section of the
 * discovery document.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param tickerSectors  ticker → its sector and where that came from (mapped tickers only)
 * @param unmapped       traded tickers with no sector (to be looked up through the providers), sorted
 * @param distribution   trade counts per sector (all, closed, open)
 * @param sectors        sector → trades, win rate, total return and whether a note exists
 * @param coverage       which traded sectors have a local note
 * @param sectorNotes    traded sector → what its newest note says
 * @param notesAfterAsOf sector notes of traded sectors dated after the as-of date (not used)
 * @param staleNotes     sector notes older than the freshness
 */
public record SectorAnalysis(SortedMap<String, SectorAssignment> tickerSectors, List<String> unmapped,
        SectorDistribution distribution, SortedMap<String, SectorPerformance> sectors, SectorCoverage coverage,
        SortedMap<String, ResearchNote> sectorNotes, List<NoteAfterAsOf> notesAfterAsOf, List<StaleNote> staleNotes) {

    /** The sector name under which unmapped tickers are counted in the distribution. */
    public static final String UNMAPPED = "Unmapped";

    /** Validates the components and copies the collections (maps stay sorted). */
    public SectorAnalysis {
        Objects.requireNonNull(distribution, "distribution");
        Objects.requireNonNull(coverage, "coverage");
        tickerSectors = Collections.unmodifiableSortedMap(new TreeMap<>(tickerSectors));
        unmapped = List.copyOf(unmapped);
        sectors = Collections.unmodifiableSortedMap(new TreeMap<>(sectors));
        sectorNotes = Collections.unmodifiableSortedMap(new TreeMap<>(sectorNotes));
        notesAfterAsOf = List.copyOf(notesAfterAsOf);
        staleNotes = List.copyOf(staleNotes);
    }
}
