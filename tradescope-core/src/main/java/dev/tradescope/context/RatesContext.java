package dev.tradescope.context;

import dev.tradescope.marketdata.EconomicSeries;
import dev.tradescope.marketdata.MarketData;
import dev.tradescope.support.Result;
import java.util.List;
import java.util.Objects;

/**
 * Holds the rates context: the effective federal funds rate ({@value #FED_FUNDS}) and the 10-year
 * Treasury constant-maturity yield ({@value #TEN_YEAR}), each as a {@link RateContext}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param fedFunds the effective federal funds rate, monthly
 * @param tenYear  the 10-year Treasury yield, daily
 */
public record RatesContext(RateContext fedFunds, RateContext tenYear) {

    /** The FRED id of the effective federal funds rate. */
    public static final String FED_FUNDS = "FEDFUNDS";
    /** The FRED id of the 10-year Treasury constant-maturity yield. */
    public static final String TEN_YEAR = "DGS10";

    /** Validates that both series are present. */
    public RatesContext {
        Objects.requireNonNull(fedFunds, "fedFunds");
        Objects.requireNonNull(tenYear, "tenYear");
    }

    /** Reads both series from the answers of the provider chain. */
    public static RatesContext from(Result<MarketData<EconomicSeries>> fedFunds,
                                    Result<MarketData<EconomicSeries>> tenYear, TradingWindow window) {
        return new RatesContext(RateContext.from(FED_FUNDS, fedFunds, window), RateContext.from(TEN_YEAR, tenYear, window));
    }

    // Both series, fed funds first.
    List<RateContext> series() {
        return List.of(fedFunds, tenYear);
    }
}
