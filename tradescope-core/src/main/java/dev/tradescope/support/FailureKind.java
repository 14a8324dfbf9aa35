package dev.tradescope.support;

/** Names why an expected miss happened; each kind is an answer, not an exception. */
public enum FailureKind {
    /** The source answered, but it holds nothing for the request. */
    NO_DATA,
    /** A quota or throttling answer; trying again later may succeed. */
    RATE_LIMITED,
    /** The source could not be reached, failed, or its circuit is open. */
    UNAVAILABLE,
    /** The request itself is wrong (unknown symbol format, bad parameter); never retried. */
    INVALID_REQUEST,
    /** The source lacks what it needs to run (an API key, a User-Agent). */
    NOT_CONFIGURED,
    /** The run's deadline passed before an answer came. */
    TIMED_OUT
}
