/**
 * Reads the local research inventory of a workspace: fundamental notes
 * ({@code data/outputs/fundamental_analysis/{TICKER}_{YYYYMMDD}.md}), sector notes
 * ({@code data/outputs/sector_analysis/{sector}_{YYYYMMDD}.md}) and the shipped ticker → GICS sector map.
 *
 * <p>The public face is {@link dev.tradescope.research.ResearchInventory} (scan once, then assess as of a
 * date), its input {@link dev.tradescope.research.TickerTradeSummary} and the result records that the
 * discovery document holds as they are: {@link dev.tradescope.research.LocalDataIntegration},
 * {@link dev.tradescope.research.FundamentalIntegration} and {@link dev.tradescope.research.SectorAnalysis}.
 */
package dev.tradescope.research;
