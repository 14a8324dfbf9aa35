package dev.tradescope.research;

import java.util.List;
import java.util.Objects;

/**
 * Holds the three research sections of a discovery and the warnings met while building them.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param localDataIntegration   presence of fundamental notes ({@code local_data_integration})
 * @param fundamentalIntegration what the notes say ({@code fundamental_integration})
 * @param sectorAnalysis         trades by sector and sector notes ({@code sector_analysis})
 * @param warnings               notes skipped (too large, not UTF-8), ignored names, unreadable folders
 */
public record ResearchReport(LocalDataIntegration localDataIntegration, FundamentalIntegration fundamentalIntegration,
        SectorAnalysis sectorAnalysis, List<String> warnings) {

    /** Validates the components and copies the warnings. */
    public ResearchReport {
        Objects.requireNonNull(localDataIntegration, "localDataIntegration");
        Objects.requireNonNull(fundamentalIntegration, "fundamentalIntegration");
        Objects.requireNonNull(sectorAnalysis, "sectorAnalysis");
        warnings = List.copyOf(warnings);
    }
}
