package dev.tradescope.trade.stats;

/** Adds doubles with Neumaier's compensation, so long sums keep their precision. */
final class CompensatedSum {
    private double sum;
    private double compensation;
    private long count;

    void add(double value) {
        double t = sum + value;
        if (Math.abs(sum) >= Math.abs(value)) {
            compensation += (sum - t) + value;
        } else {
            compensation += (value - t) + sum;
        }
        sum = t;
        count++;
    }

    /** Adds another sum's values (its sum and its compensation) as if they had been added here. */
    void addAll(CompensatedSum other) {
        long before = count;
        add(other.sum);
        compensation += other.compensation;
        count = before + other.count;
    }

    double sum() {
        return sum + compensation;
    }

    long count() {
        return count;
    }

    java.util.OptionalDouble mean() {
        return count == 0 ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(sum() / count);
    }
}
