package dev.tradescope.marketdata;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Asks for a company's profile: name, sector, industry, market cap, exchange.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param symbol the ticker (upper-cased)
 */
public record CompanyProfileRequest(String symbol) implements MarketDataRequest<CompanyProfile> {

    /** Normalises the symbol. */
    public CompanyProfileRequest {
        symbol = Symbols.normalise(symbol, "symbol");
    }

    @Override
    public DataKind kind() {
        return DataKind.COMPANY_PROFILE;
    }

    @Override
    public Class<CompanyProfile> answerType() {
        return CompanyProfile.class;
    }

    @Override
    public SortedMap<String, String> parameters() {
        return new TreeMap<>(java.util.Map.of("symbol", symbol));
    }

    @Override
    public String describe() {
        return "profile " + symbol;
    }
}
