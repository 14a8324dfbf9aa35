package dev.tradescope.research;

import dev.tradescope.config.ResearchSettings;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Indexes the research notes of a workspace once (one listing of {@code data/outputs/fundamental_analysis}
 * and one of {@code data/outputs/sector_analysis}) and assesses them for a portfolio as of a date.
 * Missing folders are empty: zero coverage, not an error. Nothing here touches the network.
 *
 * <pre>{@code
 * ResearchInventory inventory = ResearchInventory.scan(workspace);          // phase 0
 * ResearchReport report = inventory.assess(asOf, summaries, settings, startedAt);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ResearchInventory {

    /** The fundamental notes folder, relative to the workspace. */
    public static final String FUNDAMENTAL_FOLDER = "data/outputs/fundamental_analysis";
    /** The sector notes folder, relative to the workspace. */
    public static final String SECTOR_FOLDER = "data/outputs/sector_analysis";

    private final Path workspace;
    private final NoteFolder fundamentals;
    private final NoteFolder sectors;

    private ResearchInventory(Path workspace, NoteFolder fundamentals, NoteFolder sectors) {
        this.workspace = workspace;
        this.fundamentals = fundamentals;
        this.sectors = sectors;
    }

    /**
     * Loads the shipped sector map and exercises the note parser on a small built-in note, so that a run
     * which assesses notes soon finds both ready; call it from a background thread while the run is starting.
     */
    public static void prepare() {
        SectorMap.withOverrides(Map.of());
        NoteParser.parse("# Example Corp (EXM) - Fundamental Analysis\n\n"
                + "**Recommendation: BUY** | **Confidence: 0.9** | **Fair Value: $100 - $120** | **Current: $90**\n\n"
                + "## Summary\n\n| Metric | Value |\n|---|---|\n| Expected Return | 20% |\n\n*Generated: July 1, 2025*\n");
    }

    /** Lists the two note folders of {@code workspace} once each and indexes the note names. */
    public static ResearchInventory scan(Path workspace) {
        Path root = workspace.toAbsolutePath().normalize();
        return new ResearchInventory(root,
                NoteFolder.list(root.resolve(FUNDAMENTAL_FOLDER), ResearchInventory::tickerKey),
                NoteFolder.list(root.resolve(SECTOR_FOLDER), SectorNames::noteKey));
    }

    /**
     * Assesses the inventory for the traded tickers as of {@code asOf}: presence, what the newest notes
     * say, and the trades by sector. Reads only the newest note of each traded ticker and traded sector.
     *
     * @param asOf               notes dated after this day are not used (and are listed)
     * @param tickers            one summary per traded ticker (no duplicates)
     * @param settings           freshness and sector overrides
     * @param executionTimestamp when the run started, reported as is
     * @throws IllegalArgumentException if a ticker appears twice
     */
    public ResearchReport assess(LocalDate asOf, List<TickerTradeSummary> tickers, ResearchSettings settings,
            Instant executionTimestamp) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(executionTimestamp, "executionTimestamp");
        requireDistinct(tickers);
        ResearchNote.NoteAge age = new ResearchNote.NoteAge(asOf, settings.freshness().toDays());
        FundamentalAssessment fundamental = FundamentalAssessment.of(this, tickers, age);
        SectorAssessment sector = SectorAssessment.of(this, tickers, SectorMap.withOverrides(settings.sectorOverrides()),
                age);
        List<String> warnings = new ArrayList<>(fundamentals.warnings());
        warnings.addAll(sectors.warnings());
        warnings.addAll(fundamental.warnings());
        warnings.addAll(sector.warnings());
        return new ResearchReport(fundamental.presence(executionTimestamp), fundamental.integration(),
                sector.analysis(), warnings);
    }

    /** Returns the number of note files indexed (fundamental and sector). */
    public int indexedNotes() {
        return fundamentals.size() + sectors.size();
    }

    Path workspace() {
        return workspace;
    }

    NoteFolder fundamentals() {
        return fundamentals;
    }

    NoteFolder sectors() {
        return sectors;
    }

    /** Files a fundamental note under its ticker exactly as written, if it looks like a ticker. */
    static Optional<String> tickerKey(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '.' && c != '-' && c != '^' && c != '=') {
                return Optional.empty();
            }
        }
        return Optional.of(name);
    }

    private static void requireDistinct(List<TickerTradeSummary> tickers) {
        Set<String> seen = new HashSet<>();
        for (TickerTradeSummary summary : tickers) {
            if (!seen.add(summary.ticker())) {
                throw new IllegalArgumentException("Ticker " + summary.ticker() + " appears twice in the summaries");
            }
        }
    }
}
