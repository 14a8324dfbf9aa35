package dev.tradescope.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tradescope.trade.stats.PerformanceMetrics;

/** Explains each portfolio metric that is {@code null} in the document. */
final class UndefinedMetrics {

    private UndefinedMetrics() {
    }

    static ObjectNode of(PerformanceMetrics m) {
        ObjectNode n = JsonSupport.object();
        if (m.closedTrades() == 0) {
            n.put("closed_trade_metrics", "no closed trades in scope");
            return n;
        }
        if (m.decisiveTrades() == 0) {
            n.put("win_rate", "no decisive (win or loss) trade: reported as 0.0 with decisive_trades 0");
        }
        if (m.profitFactor().isEmpty()) {
            n.put("profit_factor", m.losses() == 0 ? "no losing trades: the ratio has no denominator"
                    : "losing trades have no PnL");
        }
        if (m.averageWinReturn().isEmpty()) {
            n.put("average_win_return", m.wins() == 0 ? "no winning trades" : "winning trades have no Return");
        }
        if (m.averageLossReturn().isEmpty()) {
            n.put("average_loss_return", m.losses() == 0 ? "no losing trades" : "losing trades have no Return");
        }
        if (m.expectancyReturn().isEmpty()) {
            n.put("expectancy_per_trade", "no closed trade has a Return");
        }
        if (m.averageHoldingDays().isEmpty()) {
            n.put("average_holding_days", "no closed trade has Duration_Days");
        }
        if (m.excursions().meanMfe().isEmpty() || m.excursions().meanMae().isEmpty()) {
            n.put("mean_mfe_mae", "no closed trade has finite MFE and MAE values");
        }
        if (m.excursions().mfeMaeRatio().isEmpty()) {
            n.put("mfe_mae_ratio", "mean MAE is zero or undefined");
        }
        if (m.excursions().mfeCapture().isEmpty()) {
            n.put("mfe_capture", "no closed trade has a positive MFE and a Return");
        }
        return n;
    }
}
