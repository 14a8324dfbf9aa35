package dev.tradescope.trade.csv;

/** Counts how many expected cells were filled, for the completeness component of the confidence. */
final class Completeness {
    private long expected;
    private long filled;

    void expect(boolean isFilled) {
        expected++;
        if (isFilled) {
            filled++;
        }
    }

    void addAll(Completeness other) {
        expected += other.expected;
        filled += other.filled;
    }

    double ratio() {
        return expected == 0 ? 1.0 : (double) filled / expected;
    }
}
