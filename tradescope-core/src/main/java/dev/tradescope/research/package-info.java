/**
 * Reads the local research inventory of a workspace: fundamental notes
 * ({@code data/outputs/fundamental_analysis/{TICKER}_{YYYYMMDD}.md}), sector notes
 * ({@code data/outputs/sector_analysis/{sector}_{YYYYMMDD}.md}) and the shipped ticker → GICS sector map.
 *
 * <p>The public face is {@link dev.tradescope.research.ResearchInventory} (scan once, then assess as of a
 * date), its input {@link dev.tradescope.research.TickerTradeSummary} and the result records that the
 * discovery document holds as they are: {@link dev.tradescope.research.LocalDataIntegration},
 * {@link dev.tradescope.research.FundamentalIntegration} and {@link dev.tradescope.research.SectorAnalysis}.
 *
 * <p>{@link dev.tradescope.research.PriorDiscoveries} finds a recent discovery of the same portfolio and says
 * whether it may be reused (same {@link dev.tradescope.research.InputFingerprint}, within the window).
 *
 * <p>The shipped sector map ({@code dev/tradescope/research/sectors.csv}) holds GICS sectors for the S&amp;P 500
 * constituents; sector funds map to their sector (XLK → Information Technology), broad index funds (SPY, QQQ,
 * VTI, IWM, leveraged index funds) to the pseudo-sector {@code Broad Market}, and bond, commodity, volatility,
 * international and crypto assets to the pseudo-sectors {@code Fixed Income}, {@code Commodities},
 * {@code Volatility}, {@code International Equity} and {@code Digital Assets}. {@code sectors:} in
 * {@code tradescope.yaml} overrides it; tickers found in neither are listed as unmapped.
 */
package dev.tradescope.research;
