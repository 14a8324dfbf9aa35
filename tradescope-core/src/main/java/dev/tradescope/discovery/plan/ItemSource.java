package dev.tradescope.discovery.plan;

/** Says where a plan item will come from; the id is what the plan shows. */
public enum ItemSource {
    /** A local price or series file covers it. */
    LOCAL_FILE("local file"),
    /** A fresh cache entry covers it. */
    CACHED_FRESH("cached (fresh)"),
    /** Only an expired cache entry covers it: it is fetched, and served stale if the fetch fails. */
    CACHED_STALE("cached (stale)"),
    /** It is fetched from a provider. */
    FETCH("fetch"),
    /** No local file, no cache entry and no usable provider: it cannot be obtained. */
    UNAVAILABLE("unavailable");

    private final String label;

    ItemSource(String label) {
        this.label = label;
    }

    /** Returns the label shown in the plan. */
    public String label() {
        return label;
    }
}
