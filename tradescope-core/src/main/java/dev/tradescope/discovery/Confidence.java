package dev.tradescope.discovery;

/**
 * Holds the confidence of a discovery and its four components, each in [0, 1]:
 * {@code overall = 0.3·completeness + 0.3·derivable + 0.2·fundamentalCoverage + 0.2·validation − marketPenalty},
 * where the market penalty is 0.02 per market item that could not be obtained, at most 0.10
 * ({@link dev.tradescope.context.MarketContext#confidencePenalty()}), and the result is never below 0.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param completeness        share of the expected export cells that were filled
 * @param derivable           share of the headline metrics that are defined
 * @param fundamentalCoverage share of traded tickers with a local fundamental note
 * @param validation          share of rows without any issue
 * @param marketPenalty       what missing market data takes off, in [0, 0.1]
 */
public record Confidence(double completeness, double derivable, double fundamentalCoverage, double validation,
                         double marketPenalty) {

    /** The weight of completeness. */
    public static final double COMPLETENESS_WEIGHT = 0.3;
    /** The weight of derivable metrics. */
    public static final double DERIVABLE_WEIGHT = 0.3;
    /** The weight of fundamental coverage. */
    public static final double COVERAGE_WEIGHT = 0.2;
    /** The weight of validation. */
    public static final double VALIDATION_WEIGHT = 0.2;

    /** Validates that every component lies in [0, 1]. */
    public Confidence {
        check("completeness", completeness);
        check("derivable", derivable);
        check("fundamental coverage", fundamentalCoverage);
        check("validation", validation);
        check("market penalty", marketPenalty);
    }

    private static void check(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], was " + value);
        }
    }

    /** Returns the weighted sum of the components. */
    public double overall() {
        return Math.max(0, COMPLETENESS_WEIGHT * completeness + DERIVABLE_WEIGHT * derivable
                + COVERAGE_WEIGHT * fundamentalCoverage + VALIDATION_WEIGHT * validation - marketPenalty);
    }
}
