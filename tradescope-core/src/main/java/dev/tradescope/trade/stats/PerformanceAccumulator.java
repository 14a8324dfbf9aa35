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
    private TradeRef best;
    private TradeRef worst;
    // their returns, compared with every trade's
    private Decimal bestReturn;
    private Decimal worstReturn;
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
        int up = best == null ? 1 : r.compareTo(bestReturn);
        if (up > 0 || (up == 0 && trade.line() < best.line())) {
            best = ref(trade, r);
            bestReturn = r;
        }
        int down = worst == null ? 1 : worstReturn.compareTo(r);
        if (down > 0 || (down == 0 && trade.line() < worst.line())) {
            worst = ref(trade, r);
            worstReturn = r;
        }
    }

    // Tells whether the candidate has the higher (sign 1) or lower (sign -1) return; on a tie, whether it has
    // the earlier line: the first one of the file, as a single pass in file order keeps it.
    private static boolean better(TradeRef current, Decimal currentReturn, TradeRef candidate, Decimal candidateReturn,
                                  int sign) {
        if (current == null) {
            return true;
        }
        int order = candidateReturn.compareTo(currentReturn) * sign;
        return order > 0 || (order == 0 && candidate.line() < current.line());
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
            TradeRef candidate = other.best.movedDown(linesBefore);
            if (better(best, bestReturn, candidate, other.bestReturn, 1)) {
                best = candidate;
                bestReturn = other.bestReturn;
            }
        }
        if (other.worst != null) {
            TradeRef candidate = other.worst.movedDown(linesBefore);
            if (better(worst, worstReturn, candidate, other.worstReturn, -1)) {
                worst = candidate;
                worstReturn = other.worstReturn;
            }
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
        BigDecimal totalPnl = winPnl.toBigDecimal().add(lossPnl.toBigDecimal()).add(otherPnl.toBigDecimal());
        BigDecimal totalReturn = winReturn.toBigDecimal().add(lossReturn.toBigDecimal()).add(otherReturn.toBigDecimal());
        return new PerformanceMetrics(closed, wins, losses, breakevens,
                decisive == 0 ? 0.0 : (double) wins / decisive,
                mean(winReturn.toBigDecimal(), winReturnCount), mean(lossReturn.toBigDecimal(), lossReturnCount),
                profitFactor(),
                totalPnl, totalReturn, mean(totalReturn, returnCount), mean(totalPnl, pnlCount),
                Optional.ofNullable(best), Optional.ofNullable(worst),
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

    private static TradeRef ref(Trade t, Decimal returnValue) {
        return new TradeRef(t.ticker(), t.positionId(), t.line(), t.entryDate(), returnValue.toBigDecimal(), t.pnl());
    }
}
