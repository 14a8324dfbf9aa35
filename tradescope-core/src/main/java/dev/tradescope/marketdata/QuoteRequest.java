package dev.tradescope.marketdata;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Asks for the latest price of a symbol.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param symbol the ticker or index (upper-cased)
 */
public record QuoteRequest(String symbol) implements MarketDataRequest<Quote> {

    /** Normalises the symbol. */
    public QuoteRequest {
        symbol = Symbols.normalise(symbol, "symbol");
    }

    @Override
    public DataKind kind() {
        return DataKind.QUOTE;
    }

    @Override
    public Class<Quote> answerType() {
        return Quote.class;
    }

    @Override
    public SortedMap<String, String> parameters() {
        return new TreeMap<>(java.util.Map.of("symbol", symbol));
    }

    @Override
    public String describe() {
        return "quote " + symbol;
    }
}
