package dev.tradescope.trade.csv;

import dev.tradescope.trade.Decimal;
import dev.tradescope.trade.TradeStatus;
import java.util.Locale;
import java.util.Optional;

/** Derives a Trade_Type where the export left it empty: from the quality label, else from the return. */
final class TradeTypes {
    static final String MOMENTUM_WINNER = "Momentum_Winner";
    static final String TREND_FOLLOWER = "Trend_Follower";
    static final String FAILED_BREAKOUT = "Failed_Breakout";
    static final String HIGH_RISK_ENTRY = "High_Risk_Entry";
    static final String STANDARD_SIGNAL = "Standard_Signal";

    private TradeTypes() {
    }

    // ret: the Return, null when absent; current: the unrealised return of an open trade when hasCurrent.
    static String derive(TradeStatus status, String quality, Decimal ret, boolean hasCurrent, double current) {
        Optional<String> byQuality = fromQuality(quality);
        if (byQuality.isPresent()) {
            return byQuality.get();
        }
        if (status == TradeStatus.OPEN) {
            return hasCurrent ? fromReturn(current, 0.10) : STANDARD_SIGNAL;
        }
        return ret != null ? fromReturn(ret.doubleValue(), 0.15) : STANDARD_SIGNAL;
    }

    private static Optional<String> fromQuality(String quality) {
        String q = quality.strip().toLowerCase(Locale.ROOT);
        if (q.equals("excellent")) {
            return Optional.of(MOMENTUM_WINNER);
        }
        if (q.equals("good")) {
            return Optional.of(TREND_FOLLOWER);
        }
        if (q.startsWith("failed")) {
            return Optional.of(FAILED_BREAKOUT);
        }
        if (q.startsWith("poor")) {
            return Optional.of(HIGH_RISK_ENTRY);
        }
        return Optional.empty();
    }

    private static String fromReturn(double value, double winnerThreshold) {
        if (value > winnerThreshold) {
            return MOMENTUM_WINNER;
        }
        if (value > 0) {
            return TREND_FOLLOWER;
        }
        if (value < -0.10) {
            return FAILED_BREAKOUT;
        }
        return STANDARD_SIGNAL;
    }
}
