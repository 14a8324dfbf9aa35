package dev.tradescope.research;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Builds the presence and fundamental-integration sections for the traded tickers. */
final class FundamentalAssessment {

    private final List<String> tickers;
    private final String folder;
    private final boolean folderPresent;
    private final ResearchNote.NoteAge age;
    private final SortedMap<String, ResearchNote> notes;
    private final List<NoteAfterAsOf> after;

    private FundamentalAssessment(List<String> tickers, String folder, boolean folderPresent, ResearchNote.NoteAge age,
            SortedMap<String, ResearchNote> notes, List<NoteAfterAsOf> after) {
        this.tickers = tickers;
        this.folder = folder;
        this.folderPresent = folderPresent;
        this.age = age;
        this.notes = notes;
        this.after = after;
    }

    /** Chooses the newest note of each ticker, reads those notes, and lists the notes after the as-of date. */
    static FundamentalAssessment of(ResearchInventory inventory, List<TickerTradeSummary> summaries,
            ResearchNote.NoteAge age) {
        NoteFolder folder = inventory.fundamentals();
        List<String> tickers = summaries.stream().map(TickerTradeSummary::ticker).sorted().toList();
        Map<String, NoteFile> newest = new HashMap<>();
        List<NoteAfterAsOf> after = new ArrayList<>();
        for (String ticker : tickers) {
            folder.findNewest(ticker, age.asOf()).ifPresent(note -> newest.put(ticker, note));
            folder.after(ticker, age.asOf()).forEach(note -> after.add(afterAsOf(inventory.workspace(),
                    folder.folder(), note)));
        }
        Map<String, ResearchNote> read = NoteReading.readAll(inventory.workspace(), folder.folder(), newest, age, true);
        return new FundamentalAssessment(tickers, NoteReading.relative(inventory.workspace(), folder.folder()),
                folder.present(), age, new TreeMap<>(read), after);
    }

    static NoteAfterAsOf afterAsOf(Path workspace, Path folder, NoteFile note) {
        return new NoteAfterAsOf(note.key(), NoteReading.relative(workspace, folder.resolve(note.fileName())),
                ResearchNote.dateTime(note.date()));
    }

    /** Returns the {@code local_data_integration} section. */
    LocalDataIntegration presence(Instant executionTimestamp) {
        SortedMap<String, NotePresence> coverage = new TreeMap<>();
        notes.forEach((ticker, note) -> coverage.put(ticker, new NotePresence(note.file(), note.fileDate(),
                note.ageDays())));
        List<String> missing = tickers.stream().filter(t -> !notes.containsKey(t)).toList();
        return new LocalDataIntegration(DateTimeFormatter.ISO_INSTANT.format(executionTimestamp),
                age.asOf().toString(), tickers.size(), coverage, List.copyOf(notes.keySet()), missing,
                CoverageStatistics.of(notes.size(), missing.size()), after, folder, folderPresent);
    }

    /** Returns the {@code fundamental_integration} section. */
    FundamentalIntegration integration() {
        SortedMap<String, Integer> distribution = new TreeMap<>();
        notes.values().forEach(n -> n.recommendation().ifPresent(r -> distribution.merge(r, 1, Integer::sum)));
        int withoutRecommendation = (int) notes.values().stream().filter(n -> n.recommendation().isEmpty()).count();
        List<StaleNote> stale = notes.entrySet().stream().filter(e -> e.getValue().stale())
                .map(e -> new StaleNote(e.getKey(), e.getValue().file(), e.getValue().ageDays())).toList();
        List<String> notExtracted = notes.entrySet().stream().filter(e -> !e.getValue().extracted())
                .map(Map.Entry::getKey).toList();
        return new FundamentalIntegration(tickers.size(), notes.size(),
                CoverageStatistics.ratio(notes.size(), tickers.size()), notes, distribution, withoutRecommendation,
                averageAge(notes.values()), age.freshnessDays(), stale, notExtracted);
    }

    static Optional<BigDecimal> averageAge(Collection<ResearchNote> notes) {
        if (notes.isEmpty()) {
            return Optional.empty();
        }
        long total = notes.stream().mapToLong(ResearchNote::ageDays).sum();
        return Optional.of(BigDecimal.valueOf(total).divide(BigDecimal.valueOf(notes.size()), 1,
                RoundingMode.HALF_EVEN));
    }

    /** Returns the warnings for notes that were skipped. */
    List<String> warnings() {
        return NoteReading.skipWarnings(notes);
    }
}
