package dev.tradescope.discovery.plan;

import dev.tradescope.marketdata.MarketDataRequest;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Names one data item a run needs: the request, why it is needed, and which portfolios need it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param request    the normalised request
 * @param purposes   why it is needed (one item can serve several purposes)
 * @param portfolios the portfolios that need it
 */
public record PlanItem(MarketDataRequest<?> request, Set<Purpose> purposes, SortedSet<String> portfolios) {

    /** Copies the sets and checks they are not empty. */
    public PlanItem {
        Objects.requireNonNull(request, "request");
        purposes = Set.copyOf(purposes);
        portfolios = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(portfolios));
        if (purposes.isEmpty() || portfolios.isEmpty()) {
            throw new IllegalArgumentException(request.describe() + ": a plan item needs a purpose and a portfolio");
        }
    }
}
