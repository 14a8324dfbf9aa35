package dev.tradescope.cli;

/** Lists the exit codes of every tradescope command (see ARCHITECTURE.md, "Errors and exit codes"). */
public final class ExitCode {
    /** Done, possibly with degraded market data said in the report. */
    public static final int OK = 0;
    /** An unexpected failure; also "problems found" for {@code cache verify}. */
    public static final int FAILURE = 1;
    /** A usage error or invalid input. */
    public static final int INVALID_INPUT = 2;
    /** Stopped by a resource limit (memory, time). */
    public static final int RESOURCE_LIMIT = 3;

    private ExitCode() {
    }
}
