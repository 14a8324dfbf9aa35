package dev.tradescope.research;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Counts how many traded tickers have a fundamental note.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param fundamentalAnalysisCoverage tickers with a note / tickers, in [0, 1] (0 when there are no tickers)
 * @param tickersWithAnalysis         tickers with a note
 * @param tickersMissingAnalysis      tickers without one
 * @param coveragePercentage          the coverage × 100, in [0, 100]
 */
public record CoverageStatistics(BigDecimal fundamentalAnalysisCoverage, int tickersWithAnalysis,
        int tickersMissingAnalysis, BigDecimal coveragePercentage) {

    /** Validates the counts and ranges. */
    public CoverageStatistics {
        Objects.requireNonNull(fundamentalAnalysisCoverage, "fundamentalAnalysisCoverage");
        Objects.requireNonNull(coveragePercentage, "coveragePercentage");
        if (tickersWithAnalysis < 0 || tickersMissingAnalysis < 0) {
            throw new IllegalArgumentException("ticker counts must not be negative, were "
                    + tickersWithAnalysis + " and " + tickersMissingAnalysis);
        }
    }

    /** Computes the statistics from the two counts. */
    static CoverageStatistics of(int withAnalysis, int missing) {
        BigDecimal ratio = ratio(withAnalysis, withAnalysis + missing);
        return new CoverageStatistics(ratio, withAnalysis, missing,
                Scores.plain(ratio.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN)));
    }

    /** Returns part / whole with 4 decimals, or 0 when whole is 0. */
    static BigDecimal ratio(int part, int whole) {
        return whole == 0 ? BigDecimal.ZERO : Scores.ratio(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }
}
