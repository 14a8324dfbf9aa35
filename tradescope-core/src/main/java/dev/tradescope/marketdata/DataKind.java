package dev.tradescope.marketdata;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Names each kind of market data; the id is used in cache keys, configuration chains and reports. */
public enum DataKind {
    /** Daily OHLCV bars over a date range. */
    PRICE_HISTORY("history"),
    /** Latest price of a symbol. */
    QUOTE("quote"),
    /** Observations of an economic series such as FEDFUNDS. */
    ECONOMIC_SERIES("series"),
    /** Company name, sector, industry, market cap and exchange. */
    COMPANY_PROFILE("profile"),
    /** Crypto spot price and 24 h change. */
    CRYPTO_PRICE("crypto"),
    /** An IMF indicator for one country, by year. */
    IMF_INDICATOR("imf");

    private final String id;

    DataKind(String id) {
        this.id = id;
    }

    /** Returns the lower-case id used in keys and configuration. */
    public String id() {
        return id;
    }

    /** Finds the kind with this id, ignoring case. */
    public static Optional<DataKind> findById(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.id.equals(wanted)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
