package dev.tradescope.research;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/** Builds the sector analysis: trades by sector from the sector map, and the newest sector notes. */
final class SectorAssessment {

    private final SectorAnalysis analysis;
    private final List<String> warnings;

    private SectorAssessment(SectorAnalysis analysis, List<String> warnings) {
        this.analysis = analysis;
        this.warnings = warnings;
    }

    /** Maps the tickers to sectors, aggregates their trades, and reads the newest note of each traded sector. */
    static SectorAssessment of(ResearchInventory inventory, List<TickerTradeSummary> summaries, SectorMap map,
            ResearchNote.NoteAge age) {
        SortedMap<String, SectorAssignment> assignments = new TreeMap<>();
        SortedMap<String, List<TickerTradeSummary>> bySector = new TreeMap<>();
        for (TickerTradeSummary summary : summaries) {
            Optional<SectorAssignment> assignment = map.findSector(summary.ticker());
            assignment.ifPresent(a -> assignments.put(summary.ticker(), a));
            String sector = assignment.map(SectorAssignment::sector).orElse(SectorAnalysis.UNMAPPED);
            bySector.computeIfAbsent(sector, unused -> new ArrayList<>()).add(summary);
        }
        List<String> unmapped = bySector.getOrDefault(SectorAnalysis.UNMAPPED, List.of()).stream()
                .map(TickerTradeSummary::ticker).sorted().toList();
        NoteFolder folder = inventory.sectors();
        List<String> traded = bySector.keySet().stream().filter(s -> !s.equals(SectorAnalysis.UNMAPPED)).toList();
        Map<String, ResearchNote> notes = readNewest(inventory, traded, age);
        SortedMap<String, SectorPerformance> sectors = new TreeMap<>();
        bySector.forEach((sector, list) -> sectors.put(sector, performance(list, notes.containsKey(sector))));
        SectorAnalysis analysis = new SectorAnalysis(assignments, unmapped, distribution(sectors), sectors,
                coverage(traded, notes, folder, age), new TreeMap<>(notes), notesAfter(inventory, traded, age),
                staleNotes(notes));
        return new SectorAssessment(analysis, NoteReading.skipWarnings(notes));
    }

    private static Map<String, ResearchNote> readNewest(ResearchInventory inventory, List<String> sectors,
            ResearchNote.NoteAge age) {
        NoteFolder folder = inventory.sectors();
        Map<String, NoteFile> newest = new HashMap<>();
        sectors.forEach(sector -> folder.findNewest(sector, age.asOf()).ifPresent(note -> newest.put(sector, note)));
        return NoteReading.readAll(inventory.workspace(), folder.folder(), newest, age, false);
    }

    private static List<NoteAfterAsOf> notesAfter(ResearchInventory inventory, List<String> sectors,
            ResearchNote.NoteAge age) {
        NoteFolder folder = inventory.sectors();
        return sectors.stream().flatMap(sector -> folder.after(sector, age.asOf()).stream())
                .map(note -> FundamentalAssessment.afterAsOf(inventory.workspace(), folder.folder(), note)).toList();
    }

    private static SectorPerformance performance(List<TickerTradeSummary> list, boolean hasNote) {
        int trades = 0;
        int closed = 0;
        int open = 0;
        int wins = 0;
        int losses = 0;
        BigDecimal totalReturn = BigDecimal.ZERO;
        for (TickerTradeSummary s : list) {
            trades += s.trades();
            closed += s.closedTrades();
            open += s.openTrades();
            wins += s.wins();
            losses += s.losses();
            totalReturn = totalReturn.add(s.totalReturn());
        }
        List<String> tickers = list.stream().map(TickerTradeSummary::ticker).sorted().toList();
        return new SectorPerformance(tickers, trades, closed, open, wins, losses, wins + losses,
                CoverageStatistics.ratio(wins, wins + losses), totalReturn, hasNote);
    }

    private static SectorDistribution distribution(SortedMap<String, SectorPerformance> sectors) {
        SortedMap<String, Integer> all = new TreeMap<>();
        SortedMap<String, Integer> closed = new TreeMap<>();
        SortedMap<String, Integer> open = new TreeMap<>();
        sectors.forEach((sector, p) -> {
            all.put(sector, p.trades());
            closed.put(sector, p.closedTrades());
            open.put(sector, p.openTrades());
        });
        return new SectorDistribution(all, closed, open);
    }

    private static SectorCoverage coverage(List<String> traded, Map<String, ResearchNote> notes, NoteFolder folder,
            ResearchNote.NoteAge age) {
        List<String> missing = traded.stream().filter(s -> !notes.containsKey(s)).toList();
        List<String> available = new TreeSet<>(folder.keys()).stream()
                .filter(s -> folder.findNewest(s, age.asOf()).isPresent()).toList();
        int withNote = traded.size() - missing.size();
        return new SectorCoverage(traded.size(), withNote, CoverageStatistics.ratio(withNote, traded.size()), missing,
                available);
    }

    private static List<StaleNote> staleNotes(Map<String, ResearchNote> notes) {
        return new TreeMap<>(notes).entrySet().stream().filter(e -> e.getValue().stale())
                .map(e -> new StaleNote(e.getKey(), e.getValue().file(), e.getValue().ageDays())).toList();
    }

    SectorAnalysis analysis() {
        return analysis;
    }

    List<String> warnings() {
        return warnings;
    }
}
