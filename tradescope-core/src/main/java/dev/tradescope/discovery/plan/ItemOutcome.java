package dev.tradescope.discovery.plan;

import dev.tradescope.marketdata.MarketData;
import java.util.Objects;
import java.util.Optional;

/**
 * Says what became of one plan item: the data obtained (with its provenance), or why there is none.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param resolved the item and where it was to come from
 * @param status   what happened
 * @param data     the data obtained
 * @param reason   why nothing was obtained, or why stale data was served
 */
public record ItemOutcome(ResolvedItem resolved, Status status, Optional<MarketData<?>> data, Optional<String> reason) {

    /** Validates that data is present exactly when something was obtained. */
    public ItemOutcome {
        Objects.requireNonNull(resolved, "resolved");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(reason, "reason");
        if (data.isPresent() != status.isObtained()) {
            throw new IllegalArgumentException(status + " must " + (status.isObtained() ? "" : "not ") + "carry data");
        }
    }

    /** Names what happened to an item; the id is what the document shows. */
    public enum Status {
        /** Read from a local file. */
        LOCAL("local"),
        /** Served from a fresh cache entry. */
        CACHE_HIT("cache_hit"),
        /** Fetched from a provider. */
        FETCHED("fetched"),
        /** Served from an expired cache entry because no fresh answer could be had. */
        STALE("stale"),
        /** Asked for, but every source failed. */
        FAILED("failed"),
        /** Not obtained before the run's deadline. */
        TIMED_OUT("timed_out"),
        /** No source could be asked. */
        UNAVAILABLE("unavailable");

        private final String id;

        Status(String id) {
            this.id = id;
        }

        /** Returns the snake_case id. */
        public String id() {
            return id;
        }

        /** Tells whether data was obtained. */
        public boolean isObtained() {
            return this == LOCAL || this == CACHE_HIT || this == FETCHED || this == STALE;
        }
    }
}
