package dev.tradescope.research;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reports what the newest fundamental note of each traded ticker says: the {@code fundamental_integration}
 * section of the discovery document.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param totalTickers               the number of traded tickers
 * @param tickersWithNotes           tickers with a note on or before the as-of date
 * @param coverage                   tickersWithNotes / totalTickers (0 without tickers)
 * @param tickers                    ticker → what its newest note says
 * @param recommendationDistribution recommendation → number of tickers
 * @param notesWithoutRecommendation notes from which no recommendation was read
 * @param averageAgeDays             mean note age in days (1 decimal); empty without notes
 * @param freshnessDays              notes older than this are stale
 * @param staleNotes                 the stale notes, by ticker
 * @param notExtracted               tickers whose note yielded nothing (see each note's reason)
 */
public record FundamentalIntegration(int totalTickers, int tickersWithNotes, BigDecimal coverage,
        SortedMap<String, ResearchNote> tickers, SortedMap<String, Integer> recommendationDistribution,
        int notesWithoutRecommendation, Optional<BigDecimal> averageAgeDays, long freshnessDays,
        List<StaleNote> staleNotes, List<String> notExtracted) {

    /** Validates the components and copies the collections (maps stay sorted). */
    public FundamentalIntegration {
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(averageAgeDays, "averageAgeDays");
        tickers = Collections.unmodifiableSortedMap(new TreeMap<>(tickers));
        recommendationDistribution = Collections.unmodifiableSortedMap(new TreeMap<>(recommendationDistribution));
        staleNotes = List.copyOf(staleNotes);
        notExtracted = List.copyOf(notExtracted);
    }
}
