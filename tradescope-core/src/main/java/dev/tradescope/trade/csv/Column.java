package dev.tradescope.trade.csv;

import java.util.Locale;

/** Names the columns of a trade-history export that tradescope understands (the 27 of the reference export). */
enum Column {
    POSITION_UUID("Position_UUID"),
    TICKER("Ticker"),
    STRATEGY_TYPE("Strategy_Type"),
    SHORT_WINDOW("Short_Window"),
    LONG_WINDOW("Long_Window"),
    SIGNAL_WINDOW("Signal_Window"),
    ENTRY_TIMESTAMP("Entry_Timestamp"),
    EXIT_TIMESTAMP("Exit_Timestamp"),
    AVG_ENTRY_PRICE("Avg_Entry_Price"),
    AVG_EXIT_PRICE("Avg_Exit_Price"),
    POSITION_SIZE("Position_Size"),
    DIRECTION("Direction"),
    PNL("PnL"),
    RETURN("Return"),
    DURATION_DAYS("Duration_Days"),
    TRADE_TYPE("Trade_Type"),
    STATUS("Status"),
    MAX_FAVOURABLE_EXCURSION("Max_Favourable_Excursion"),
    MAX_ADVERSE_EXCURSION("Max_Adverse_Excursion"),
    MFE_MAE_RATIO("MFE_MAE_Ratio"),
    EXIT_EFFICIENCY("Exit_Efficiency"),
    DAYS_SINCE_ENTRY("Days_Since_Entry"),
    CURRENT_UNREALIZED_PNL("Current_Unrealized_PnL"),
    CURRENT_EXCURSION_STATUS("Current_Excursion_Status"),
    EXIT_EFFICIENCY_FIXED("Exit_Efficiency_Fixed"),
    TRADE_QUALITY("Trade_Quality"),
    X_STATUS("X_Status");

    private final String header;

    Column(String header) {
        this.header = header;
    }

    /** Returns the header name as it stands in real exports. */
    String header() {
        return header;
    }

    /** Returns the name used to match headers: lower case, no surrounding white space. */
    String matchKey() {
        return header.toLowerCase(Locale.ROOT);
    }

    /** Tells whether a file must have this column. */
    boolean isRequired() {
        return this == TICKER || this == ENTRY_TIMESTAMP || this == STATUS;
    }
}
