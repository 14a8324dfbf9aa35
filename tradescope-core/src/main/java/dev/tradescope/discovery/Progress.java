package dev.tradescope.discovery;

/** Receives progress of a run: rows read per portfolio and data items obtained. Implementations must be thread-safe. */
public interface Progress {
    /** A listener that ignores everything. */
    Progress NONE = new Progress() {
        @Override
        public void rows(String portfolio, long rows) {
        }

        @Override
        public void items(int done, int total) {
        }
    };

    /** Tells how many rows of a portfolio were read so far. */
    void rows(String portfolio, long rows);

    /** Tells how many of the run's data items are obtained (or given up) so far. */
    void items(int done, int total);
}
