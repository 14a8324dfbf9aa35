package dev.tradescope.research;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reports the presence of local fundamental notes for the traded tickers: the {@code local_data_integration}
 * section of the discovery document.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param executionTimestamp          when the run started (UTC date-time)
 * @param asOf                        the as-of date (ISO date); notes dated after it are not used
 * @param totalTickers                the number of traded tickers
 * @param fundamentalAnalysisCoverage ticker → newest note on or before the as-of date (tickers with a note only)
 * @param tickersWithLocalData        the tickers with a note, sorted
 * @param tickersMissingLocalData     the tickers without one, sorted
 * @param coverageStatistics          the counts and coverage ratio
 * @param notesAfterAsOf              notes of traded tickers dated after the as-of date (not used)
 * @param fundamentalAnalysisFolder   the folder that was scanned, relative to the workspace
 * @param folderPresent               whether that folder exists (a missing folder is zero coverage)
 */
public record LocalDataIntegration(String executionTimestamp, String asOf, int totalTickers,
        SortedMap<String, NotePresence> fundamentalAnalysisCoverage, List<String> tickersWithLocalData,
        List<String> tickersMissingLocalData, CoverageStatistics coverageStatistics,
        List<NoteAfterAsOf> notesAfterAsOf, String fundamentalAnalysisFolder, boolean folderPresent) {

    /** Validates the components and copies the collections (the map stays sorted by ticker). */
    public LocalDataIntegration {
        Objects.requireNonNull(executionTimestamp, "executionTimestamp");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(coverageStatistics, "coverageStatistics");
        Objects.requireNonNull(fundamentalAnalysisFolder, "fundamentalAnalysisFolder");
        fundamentalAnalysisCoverage = Collections.unmodifiableSortedMap(new TreeMap<>(fundamentalAnalysisCoverage));
        tickersWithLocalData = List.copyOf(tickersWithLocalData);
        tickersMissingLocalData = List.copyOf(tickersMissingLocalData);
        notesAfterAsOf = List.copyOf(notesAfterAsOf);
    }
}
