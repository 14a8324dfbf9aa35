package dev.tradescope.discovery.plan;

/** Says why a discovery needs a data item; the id is what the plan and the document show. */
public enum Purpose {
    /** Daily history of a benchmark over the trading window. */
    BENCHMARK("benchmark"),
    /** Daily history of the VIX over the trading window. */
    VOLATILITY("volatility"),
    /** Observations of a rate series over the trading window. */
    RATES("rates"),
    /** Daily history of bitcoin, when the portfolio holds crypto symbols. */
    CRYPTO("crypto"),
    /** A company profile for a ticker without a local note or without a known sector. */
    PROFILE("profile"),
    /** Daily history of a ticker with an open position, to mark it to market. */
    MARK_TO_MARKET("mark_to_market");

    private final String id;

    Purpose(String id) {
        this.id = id;
    }

    /** Returns the snake_case id. */
    public String id() {
        return id;
    }
}
