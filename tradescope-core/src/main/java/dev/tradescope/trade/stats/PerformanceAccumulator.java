package dev.tradescope.trade.stats;

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
    // PnL and Return summed by outcome; their totals are the three sums added up (exactly, as BigDecimals),
    // so that a trade costs one addition per value rather than two: additions are most of the garbage of a
    // long file. "Other" is breakeven (or a trade given without outcome).
    private BigDecimal winPnl = BigDecimal.ZERO;
    private BigDecimal lossPnl = BigDecimal.ZERO;
    private BigDecimal otherPnl = BigDecimal.ZERO;
    private long pnlCount;
    private BigDecimal winReturn = BigDecimal.ZERO;
    private BigDecimal lossReturn = BigDecimal.ZERO;
    private BigDecimal otherReturn = BigDecimal.ZERO;
    private long returnCount;
    private long winReturnCount;
    private long lossReturnCount;
    // Only what the report shows of them, not the whole trade: a record return is replaced ever more
    // rarely as a file goes on, so each one lives long, and kept whole they would fill the old generation.
    private TradeRef best;
    private TradeRef worst;
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
        if (trade.pnl().isPresent()) {
            addPnl(o, trade.pnl().get());
        }
        if (trade.returnValue().isPresent()) {
            addReturn(o, trade, trade.returnValue().get());
        }
        if (trade.durationDays().isPresent()) {
            holdingDays.add(trade.durationDays().getAsDouble());
        }
        acceptExcursions(trade);
    }

    private void addPnl(Outcome outcome, BigDecimal pnl) {
        pnlCount++;
        if (outcome == Outcome.WIN) {
            winPnl = winPnl.add(pnl);
        } else if (outcome == Outcome.LOSS) {
            lossPnl = lossPnl.add(pnl);
        } else {
            otherPnl = otherPnl.add(pnl);
        }
    }

    private void addReturn(Outcome outcome, Trade trade, BigDecimal r) {
        returnCount++;
        if (outcome == Outcome.WIN) {
            winReturn = winReturn.add(r);
            winReturnCount++;
        } else if (outcome == Outcome.LOSS) {
            lossReturn = lossReturn.add(r);
            lossReturnCount++;
        } else {
            otherReturn = otherReturn.add(r);
        }
        int up = best == null ? 1 : r.compareTo(best.returnValue());
        if (up > 0 || (up == 0 && trade.line() < best.line())) {
            best = ref(trade, r);
        }
        int down = worst == null ? 1 : worst.returnValue().compareTo(r);
        if (down > 0 || (down == 0 && trade.line() < worst.line())) {
            worst = ref(trade, r);
        }
    }

    // The trade with the higher (sign 1) or lower (sign -1) return; on a tie, the earlier line: the
    // first one of the file, as a single pass in file order keeps it.
    private static TradeRef better(TradeRef current, TradeRef candidate, int sign) {
        if (current == null) {
            return candidate;
        }
        int order = candidate.returnValue().compareTo(current.returnValue()) * sign;
        return order > 0 || (order == 0 && candidate.line() < current.line()) ? candidate : current;
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
        winPnl = winPnl.add(other.winPnl);
        lossPnl = lossPnl.add(other.lossPnl);
        otherPnl = otherPnl.add(other.otherPnl);
        pnlCount += other.pnlCount;
        winReturn = winReturn.add(other.winReturn);
        lossReturn = lossReturn.add(other.lossReturn);
        otherReturn = otherReturn.add(other.otherReturn);
        returnCount += other.returnCount;
        winReturnCount += other.winReturnCount;
        lossReturnCount += other.lossReturnCount;
        if (other.best != null) {
            best = better(best, other.best.movedDown(linesBefore), 1);
        }
        if (other.worst != null) {
            worst = better(worst, other.worst.movedDown(linesBefore), -1);
        }
        holdingDays.addAll(other.holdingDays);
        mfe.addAll(other.mfe);
        mae.addAll(other.mae);
        capture.addAll(other.capture);
    }

    private void acceptExcursions(Trade trade) {
        Trade.Excursions e = trade.excursions();
        finite(e.mfe()).ifPresent(mfe::add);
        finite(e.mae()).ifPresent(mae::add);
        OptionalDouble m = finite(e.mfe());
        if (m.isPresent() && m.getAsDouble() > 0 && trade.returnValue().isPresent()) {
            capture.add(trade.returnValue().get().doubleValue() / m.getAsDouble());
        }
    }

    private static OptionalDouble finite(OptionalDouble value) {
        return value.isPresent() && Double.isFinite(value.getAsDouble()) ? value : OptionalDouble.empty();
    }

    PerformanceMetrics snapshot() {
        long decisive = wins + losses;
        BigDecimal totalPnl = winPnl.add(lossPnl).add(otherPnl);
        BigDecimal totalReturn = winReturn.add(lossReturn).add(otherReturn);
        return new PerformanceMetrics(closed, wins, losses, breakevens,
                decisive == 0 ? 0.0 : (double) wins / decisive,
                mean(winReturn, winReturnCount), mean(lossReturn, lossReturnCount), profitFactor(),
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
        if (lossPnl.signum() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(winPnl.divide(lossPnl.abs(), MathContext.DECIMAL64).doubleValue());
    }

    private static OptionalDouble mean(BigDecimal sum, long count) {
        return count == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(sum.divide(BigDecimal.valueOf(count), MathContext.DECIMAL64).doubleValue());
    }

    private static TradeRef ref(Trade t, BigDecimal returnValue) {
        return new TradeRef(t.ticker(), t.positionId(), t.line(), t.entryDate(), returnValue, t.pnl());
    }
}
