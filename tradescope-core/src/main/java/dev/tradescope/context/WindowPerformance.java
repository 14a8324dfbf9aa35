package dev.tradescope.context;

import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;

/**
 * Holds how one series did over the trading window: its price at the start (first close on or after
 * the window start) and at the end (last close on or before the window end), the return between them,
 * the annualised volatility of the daily log returns ({@code sample stdev × √252}) and the maximum
 * drawdown of the closes.
 *
 * <p>The maximum drawdown is a <em>negative fraction or zero</em>: the largest fall of a close below the
 * highest earlier close in the window, relative to that high ({@code -0.25} is a 25 % fall). Values that
 * cannot be computed are empty; the enclosing {@link BenchmarkContext} says why.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param start                the first close on or after the window start
 * @param end                  the last close on or before the window end
 * @param totalReturn          {@code end / start - 1}
 * @param annualisedVolatility sample standard deviation of the daily log returns × √252 (needs 3 closes)
 * @param maxDrawdown          the maximum drawdown, ≤ 0
 * @param bars                 how many closes lie in the window (all of them are used)
 */
public record WindowPerformance(Optional<PricePoint> start, Optional<PricePoint> end, OptionalDouble totalReturn,
                                OptionalDouble annualisedVolatility, OptionalDouble maxDrawdown, int bars) {

    /** The number of trading days per year used to annualise the volatility. */
    public static final int TRADING_DAYS_PER_YEAR = 252;

    /** Validates that every component is present, the drawdown is not positive and the count not negative. */
    public WindowPerformance {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(totalReturn, "totalReturn");
        Objects.requireNonNull(annualisedVolatility, "annualisedVolatility");
        Objects.requireNonNull(maxDrawdown, "maxDrawdown");
        if (maxDrawdown.isPresent() && !(maxDrawdown.getAsDouble() <= 0)) {
            throw new IllegalArgumentException("max drawdown must be ≤ 0, was " + maxDrawdown.getAsDouble());
        }
        if (bars < 0) {
            throw new IllegalArgumentException("bars must not be negative, was " + bars);
        }
    }

    // No value: the series does not cover the window.
    static WindowPerformance empty(int bars) {
        return new WindowPerformance(Optional.empty(), Optional.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), bars);
    }

    // Measures the closes over the window; reports each value it cannot compute to gaps.
    static WindowPerformance measure(Closes closes, TradingWindow window, Consumer<MissingItem> gaps) {
        int first = closes.indexOnOrAfter(window.start());
        int last = closes.indexOnOrBefore(window.end());
        int bars = Math.max(0, last - first + 1);
        Optional<String> uncovered = findCoverageGap(closes, window, first, last, bars);
        if (uncovered.isPresent()) {
            gaps.accept(new MissingItem("window", uncovered.get()));
            return empty(bars);
        }
        OptionalDouble volatility = volatilityOf(closes, first, last);
        if (volatility.isEmpty()) {
            gaps.accept(new MissingItem("annualised_volatility", "2 closes in the window, at least 3 needed"));
        }
        return new WindowPerformance(Optional.of(closes.point(first)), Optional.of(closes.point(last)),
                OptionalDouble.of(closes.price(last) / closes.price(first) - 1), volatility,
                OptionalDouble.of(drawdownOf(closes, first, last)), bars);
    }

    private static Optional<String> findCoverageGap(Closes closes, TradingWindow window, int first, int last, int bars) {
        if (bars < 2) {
            return Optional.of(bars + " close(s) between " + window.start() + " and " + window.end() + ", at least 2 needed");
        }
        long lateStart = ChronoUnit.DAYS.between(window.start(), closes.date(first));
        if (lateStart > TradingWindow.MAX_CLOSE_GAP_DAYS) {
            return Optional.of("the first close in the window is from " + closes.date(first) + ", " + lateStart
                    + " days after the window start " + window.start());
        }
        long earlyEnd = ChronoUnit.DAYS.between(closes.date(last), window.end());
        if (earlyEnd > TradingWindow.MAX_CLOSE_GAP_DAYS) {
            return Optional.of("the last close in the window is from " + closes.date(last) + ", " + earlyEnd
                    + " days before the window end " + window.end());
        }
        return Optional.empty();
    }

    // Sample standard deviation of the daily log returns (Welford) × √252; empty with fewer than 2 returns.
    static OptionalDouble volatilityOf(Closes closes, int first, int last) {
        long count = 0;
        double mean = 0;
        double squares = 0;
        for (int i = first + 1; i <= last; i++) {
            double logReturn = Math.log(closes.price(i) / closes.price(i - 1));
            count++;
            double delta = logReturn - mean;
            mean += delta / count;
            squares += delta * (logReturn - mean);
        }
        return count < 2 ? OptionalDouble.empty()
                : OptionalDouble.of(Math.sqrt(squares / (count - 1)) * Math.sqrt(TRADING_DAYS_PER_YEAR));
    }

    // The lowest close / running peak - 1 over the closes first..last; 0 when the closes never fall.
    static double drawdownOf(Closes closes, int first, int last) {
        double peak = closes.price(first);
        double worst = 0;
        for (int i = first; i <= last; i++) {
            peak = Math.max(peak, closes.price(i));
            worst = Math.min(worst, closes.price(i) / peak - 1);
        }
        return worst;
    }
}
