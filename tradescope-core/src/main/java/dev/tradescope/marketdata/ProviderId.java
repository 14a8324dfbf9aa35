package dev.tradescope.marketdata;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Names every market data source tradescope knows; the id is what configuration and reports use. */
public enum ProviderId {
    /** Yahoo Finance v8 chart API. */
    YAHOO("yahoo"),
    /** Alpha Vantage. */
    ALPHAVANTAGE("alphavantage"),
    /** Financial Modeling Prep. */
    FMP("fmp"),
    /** SEC EDGAR. */
    SECEDGAR("secedgar"),
    /** Federal Reserve Economic Data. */
    FRED("fred"),
    /** CoinGecko. */
    COINGECKO("coingecko"),
    /** IMF DataMapper. */
    IMF("imf"),
    /** Local price and series files of the workspace. */
    LOCAL("local");

    private final String id;

    ProviderId(String id) {
        this.id = id;
    }

    /** Returns the lower-case id used in configuration, cache directories and reports. */
    public String id() {
        return id;
    }

    /** Finds the provider with this id, ignoring case. */
    public static Optional<ProviderId> findById(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.id.equals(wanted)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
