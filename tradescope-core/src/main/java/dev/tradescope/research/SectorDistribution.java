package dev.tradescope.research;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Counts trades per sector, from the sector map (never constants). Unmapped tickers count under
 * {@value SectorAnalysis#UNMAPPED} so that every count adds up to the trade totals.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param allTrades    sector → all trades
 * @param closedTrades sector → closed trades
 * @param openTrades   sector → open trades
 */
public record SectorDistribution(SortedMap<String, Integer> allTrades, SortedMap<String, Integer> closedTrades,
        SortedMap<String, Integer> openTrades) {

    /** Copies the maps, keeping them sorted by sector. */
    public SectorDistribution {
        allTrades = Collections.unmodifiableSortedMap(new TreeMap<>(allTrades));
        closedTrades = Collections.unmodifiableSortedMap(new TreeMap<>(closedTrades));
        openTrades = Collections.unmodifiableSortedMap(new TreeMap<>(openTrades));
    }
}
