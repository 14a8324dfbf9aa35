/**
 * Computes the market context of a discovery (phase 4) as pure functions of the fetched or local data
 * and the {@link dev.tradescope.context.TradingWindow} (the as-of date stands for "now"; no clock, no I/O).
 *
 * <p>The public face: {@link dev.tradescope.context.BenchmarkContext},
 * {@link dev.tradescope.context.ExcessReturnAggregator} (streaming, gives
 * {@link dev.tradescope.context.ExcessReturns}), {@link dev.tradescope.context.MarkToMarket},
 * {@link dev.tradescope.context.VolatilityRegime}, {@link dev.tradescope.context.RatesContext}, gathered
 * by {@link dev.tradescope.context.MarketContext}, whose records serialise as they are with the document's
 * snake_case mapper (an empty value is {@code null}, with its reason in {@code unavailable} or
 * {@code missing}). Daily closes follow one gap rule, {@link dev.tradescope.context.TradingWindow#MAX_CLOSE_GAP_DAYS}.
 */
package dev.tradescope.context;
