package dev.tradescope.trade.stats;

import dev.tradescope.trade.Decimal;
import dev.tradescope.trade.DecimalSum;
import dev.tradescope.trade.Trade;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import java.util.OptionalDouble;

/** Accumulates the closed-trade metrics of one set of trades in constant memory. */
final class PerformanceAccumulator {
    private long closed;
    private long wins;
    private long losses;
    private long breakevens;
    // PnL and Return summed exactly by outcome; their totals are the three sums added up, so that a trade
    // costs one addition per value rather than two. "Other" is breakeven (or a trade given without outcome).
    private final DecimalSum winPnl = new DecimalSum();
    private final DecimalSum lossPnl = new DecimalSum();
    private final DecimalSum otherPnl = new DecimalSum();
    private long pnlCount;
    private final DecimalSum winReturn = new DecimalSum();
    private final DecimalSum lossReturn = new DecimalSum();
    private final DecimalSum otherReturn = new DecimalSum();
    private long returnCount;
    private long winReturnCount;
    private long lossReturnCount;
    // Only what the report shows of them, not the whole trade: a record return is replaced ever more
    // rarely as a file goes on, so each one lives long, and kept whole they would fill the old generation.
    private Extreme best;
    private Extreme worst;
    // Their returns' digits and scale when compact (scale -1 when not, or when there is none yet), kept here
    // so that comparing every trade's return with them reads no other object: over hundreds of tickers the
    // extremes' objects are seldom in the processor's cache, and loading them took a tenth of a row's time.
    private long bestUnscaled;
    private int bestScale = -1;
    private long worstUnscaled;
    private int worstScale = -1;
    private final CompensatedSum holdingDays = new CompensatedSum();
    private final CompensatedSum mfe = new CompensatedSum();
    private final CompensatedSum mae = new CompensatedSum();
    private final CompensatedSum capture = new CompensatedSum();

    // The outcome is classified once by the caller and shared by every accumulator the trade feeds.
    void accept(Trade trade, Optional<Outcome> outcome) {
        closed++;
        Outcome o = outcome.orElse(null);
        if (o == Outcome.WIN) {
            wins++;
        } else if (o == Outcome.LOSS) {
            losses++;
        } else if (o == Outcome.BREAKEVEN) {
            breakevens++;
        }
        if (trade.hasPnl()) {
            addPnl(o, trade.getExactPnl());
        }
        if (trade.hasReturn()) {
            addReturn(o, trade, trade.getExactReturn());
        }
        OptionalDouble days = trade.durationDays();
        if (days.isPresent()) {
            holdingDays.add(days.getAsDouble());
        }
        acceptExcursions(trade);
    }

    private void addPnl(Outcome outcome, Decimal pnl) {
        pnlCount++;
        if (outcome == Outcome.WIN) {
            winPnl.add(pnl);
        } else if (outcome == Outcome.LOSS) {
            lossPnl.add(pnl);
        } else {
            otherPnl.add(pnl);
        }
    }

    private void addReturn(Outcome outcome, Trade trade, Decimal r) {
        returnCount++;
        if (outcome == Outcome.WIN) {
            winReturn.add(r);
            winReturnCount++;
        } else if (outcome == Outcome.LOSS) {
            lossReturn.add(r);
            lossReturnCount++;
        } else {
            otherReturn.add(r);
        }
        if (best == null || beats(r, trade.line(), best, bestUnscaled, bestScale, 1)) {
            setBest(extreme(trade, r));
        }
        if (worst == null || beats(r, trade.line(), worst, worstUnscaled, worstScale, -1)) {
            setWorst(extreme(trade, r));
        }
    }

    // Tells whether a trade of this return on this line takes the place of the current extreme: a higher
    // (sign 1) or lower (sign -1) return, or the same on an earlier line. `unscaled` and `scale` are the
    // current one's return when compact (scale -1 otherwise).
    private static boolean beats(Decimal r, long line, Extreme current, long unscaled, int scale, int sign) {
        int order = (scale >= 0 ? r.compareTo(unscaled, scale) : r.compareTo(current.returnValue())) * sign;
        return order > 0 || (order == 0 && line < current.ref().line());
    }

    private void setBest(Extreme extreme) {
        best = extreme;
        bestUnscaled = extreme.returnValue().unscaled();
        bestScale = extreme.returnValue().isCompact() ? extreme.returnValue().scale() : -1;
    }

    private void setWorst(Extreme extreme) {
        worst = extreme;
        worstUnscaled = extreme.returnValue().unscaled();
        worstScale = extreme.returnValue().isCompact() ? extreme.returnValue().scale() : -1;
    }

    // Keeps whichever of the two has the higher (sign 1) or lower (sign -1) return, the earlier line on a tie.
    private static Extreme pick(Extreme current, Extreme candidate, int sign) {
        return current == null || current.isBeatenBy(candidate.returnValue(), candidate.ref().line(), sign)
                ? candidate : current;
    }

    /** Adds everything another accumulator has seen, as if its trades had been accepted here. */
    void addAll(PerformanceAccumulator other) {
        addAll(other, 0);
    }

    // The same, for an accumulator of trades whose lines counted from the end of the file's first linesBefore.
    void addAll(PerformanceAccumulator other, long linesBefore) {
        closed += other.closed;
        wins += other.wins;
        losses += other.losses;
        breakevens += other.breakevens;
        winPnl.addAll(other.winPnl);
        lossPnl.addAll(other.lossPnl);
        otherPnl.addAll(other.otherPnl);
        pnlCount += other.pnlCount;
        winReturn.addAll(other.winReturn);
        lossReturn.addAll(other.lossReturn);
        otherReturn.addAll(other.otherReturn);
        returnCount += other.returnCount;
        winReturnCount += other.winReturnCount;
        lossReturnCount += other.lossReturnCount;
        if (other.best != null) {
            setBest(pick(best, other.best.movedDown(linesBefore), 1));
        }
        if (other.worst != null) {
            setWorst(pick(worst, other.worst.movedDown(linesBefore), -1));
        }
        holdingDays.addAll(other.holdingDays);
        mfe.addAll(other.mfe);
        mae.addAll(other.mae);
        capture.addAll(other.capture);
    }

    private void acceptExcursions(Trade trade) {
        OptionalDouble m = trade.mfe();
        if (m.isPresent() && Double.isFinite(m.getAsDouble())) {
            mfe.add(m.getAsDouble());
            if (m.getAsDouble() > 0 && trade.hasReturn()) {
                capture.add(trade.getExactReturn().doubleValue() / m.getAsDouble());
            }
        }
        OptionalDouble a = trade.mae();
        if (a.isPresent() && Double.isFinite(a.getAsDouble())) {
            mae.add(a.getAsDouble());
        }
    }

    PerformanceMetrics snapshot() {
        long decisive = wins + losses;
        BigDecimal totalPnl = total(winPnl, lossPnl, otherPnl);
        BigDecimal totalReturn = total(winReturn, lossReturn, otherReturn);
        return new PerformanceMetrics(closed, wins, losses, breakevens,
                decisive == 0 ? 0.0 : (double) wins / decisive,
                mean(winReturn.toBigDecimal(), winReturnCount), mean(lossReturn.toBigDecimal(), lossReturnCount),
                profitFactor(),
                totalPnl, totalReturn, mean(totalReturn, returnCount), mean(totalPnl, pnlCount),
                Optional.ofNullable(best).map(Extreme::ref), Optional.ofNullable(worst).map(Extreme::ref),
                holdingDays.mean(), excursionMetrics());
    }

    private PerformanceMetrics.ExcursionMetrics excursionMetrics() {
        OptionalDouble meanMfe = mfe.mean();
        OptionalDouble meanMae = mae.mean();
        OptionalDouble ratio = meanMfe.isPresent() && meanMae.isPresent() && meanMae.getAsDouble() > 0
                ? OptionalDouble.of(meanMfe.getAsDouble() / meanMae.getAsDouble()) : OptionalDouble.empty();
        return new PerformanceMetrics.ExcursionMetrics(meanMfe, meanMae, ratio, capture.mean());
    }

    private OptionalDouble profitFactor() {
        BigDecimal losses = lossPnl.toBigDecimal();
        if (losses.signum() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(winPnl.toBigDecimal().divide(losses.abs(), MathContext.DECIMAL64).doubleValue());
    }

    private static OptionalDouble mean(BigDecimal sum, long count) {
        return count == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(sum.divide(BigDecimal.valueOf(count), MathContext.DECIMAL64).doubleValue());
    }

    private static BigDecimal total(DecimalSum... sums) {
        DecimalSum total = new DecimalSum();
        for (DecimalSum sum : sums) {
            total.addAll(sum);
        }
        return total.toBigDecimal();
    }

    private static Extreme extreme(Trade t, Decimal returnValue) {
        return new Extreme(returnValue, new TradeRef(t.ticker(), t.positionId(), t.line(), t.entryDate(),
                returnValue.toBigDecimal(), t.pnl()));
    }

    /** The best or worst trade so far, with its return as a {@link Decimal} to compare with every trade's. */
    private record Extreme(Decimal returnValue, TradeRef ref) {
        // Tells whether a trade of this return on this line takes the place: a higher (sign 1) or lower
        // (sign -1) return, or the same on an earlier line (the file's first, as a pass in file order keeps).
        boolean isBeatenBy(Decimal other, long line, int sign) {
            int order = other.compareTo(returnValue) * sign;
            return order > 0 || (order == 0 && line < ref.line());
        }

        // The same trade, `lines` lines further down the file.
        Extreme movedDown(long lines) {
            return lines == 0 ? this : new Extreme(returnValue, ref.movedDown(lines));
        }
    }
}
