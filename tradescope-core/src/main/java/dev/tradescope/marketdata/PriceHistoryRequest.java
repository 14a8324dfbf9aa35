package dev.tradescope.marketdata;

import java.time.LocalDate;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Asks for the daily bars of a symbol between two dates, both inclusive.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param symbol the ticker or index (upper-cased)
 * @param from   the first day
 * @param to     the last day, not before {@code from}
 */
public record PriceHistoryRequest(String symbol, LocalDate from, LocalDate to)
        implements MarketDataRequest<PriceSeries> {

    /** Normalises the symbol and checks the range. */
    public PriceHistoryRequest {
        symbol = Symbols.normalise(symbol, "symbol");
        Symbols.checkRange(from, to);
    }

    @Override
    public DataKind kind() {
        return DataKind.PRICE_HISTORY;
    }

    @Override
    public Class<PriceSeries> answerType() {
        return PriceSeries.class;
    }

    @Override
    public SortedMap<String, String> parameters() {
        SortedMap<String, String> p = new TreeMap<>();
        p.put("from", from.toString());
        p.put("symbol", symbol);
        p.put("to", to.toString());
        return p;
    }

    @Override
    public String describe() {
        return "history " + symbol + " " + from + ".." + to;
    }
}
