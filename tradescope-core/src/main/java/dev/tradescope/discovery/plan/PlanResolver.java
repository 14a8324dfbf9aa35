package dev.tradescope.discovery.plan;

import dev.tradescope.cache.TieredCache;
import dev.tradescope.marketdata.CompanyProfileRequest;
import dev.tradescope.marketdata.DataKind;
import dev.tradescope.marketdata.MarketData;
import dev.tradescope.marketdata.MarketDataRequest;
import dev.tradescope.marketdata.MarketDataSource;
import dev.tradescope.marketdata.PriceHistoryRequest;
import dev.tradescope.marketdata.PriceSeries;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.marketdata.EconomicSeries;
import dev.tradescope.marketdata.EconomicSeriesRequest;
import dev.tradescope.support.Result;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Decides where each plan item comes from, local-first: a local file that covers it, else a fresh
 * cache entry of any provider in its chain, else a fetch from the first usable provider (an expired
 * entry is kept as the fallback), else nothing. What local files and the cache hold is read here
 * once and carried in the {@link ResolvedItem}, so it is never read or fetched again. Profiles to
 * fetch from a provider that takes several symbols in one call ({@link MarketDataSource#maxBatch})
 * are grouped into as few calls as it allows.
 */
public final class PlanResolver {
    /** How many calendar days local daily bars may start after, or end before, the window and still cover it. */
    public static final int BAR_SLACK_DAYS = 5;
    /** The same for economic series, whose observations may be monthly. */
    public static final int SERIES_SLACK_DAYS = 35;

    private final MarketDataSource local;
    private final Optional<TieredCache> cache;
    private final Function<DataKind, List<ProviderId>> chains;
    private final Predicate<ProviderId> usable;
    private final ToIntFunction<ProviderId> maxBatch;

    /**
     * Builds a resolver.
     *
     * @param local    the source of the workspace's local files
     * @param cache    the run's cache, if any
     * @param chains   the provider chain of each data kind
     * @param usable   whether a provider can be asked in this run (enabled, online, configured)
     * @param maxBatch how many profiles a provider takes in one call (1: one per call)
     */
    public PlanResolver(MarketDataSource local, Optional<TieredCache> cache, Function<DataKind, List<ProviderId>> chains,
                        Predicate<ProviderId> usable, ToIntFunction<ProviderId> maxBatch) {
        this.local = Objects.requireNonNull(local, "local");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.chains = Objects.requireNonNull(chains, "chains");
        this.usable = Objects.requireNonNull(usable, "usable");
        this.maxBatch = Objects.requireNonNull(maxBatch, "maxBatch");
    }

    /**
     * Resolves every item of the plan, in the plan's order. Each item reads and decodes its own local
     * file or cache entries, independently of the others, so they are resolved on the caller's thread
     * and the common pool's at once.
     */
    public List<ResolvedItem> resolve(DataPlan plan) {
        return batched(plan.items().parallelStream().map(this::resolve).toList());
    }

    // Groups the profiles to fetch by provider; where the provider takes several symbols per call,
    // each group of up to its limit shares one call (the first item carries it).
    private List<ResolvedItem> batched(List<ResolvedItem> items) {
        Map<ProviderId, List<Integer>> profilesToFetch = new TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            ResolvedItem item = items.get(i);
            if (item.calls() > 0 && item.item().request() instanceof CompanyProfileRequest) {
                profilesToFetch.computeIfAbsent(item.provider().orElseThrow(), p -> new ArrayList<>()).add(i);
            }
        }
        List<ResolvedItem> out = new ArrayList<>(items);
        int number = 0;
        for (Map.Entry<ProviderId, List<Integer>> group : profilesToFetch.entrySet()) {
            int limit = maxBatch.applyAsInt(group.getKey());
            List<Integer> positions = group.getValue();
            for (int from = 0; limit > 1 && from < positions.size(); from += limit) {
                List<Integer> call = positions.subList(from, Math.min(positions.size(), from + limit));
                if (call.size() < 2) {
                    break;
                }
                ResolvedItem.Batch batch = new ResolvedItem.Batch(++number, call.size());
                for (int k = 0; k < call.size(); k++) {
                    out.set(call.get(k), items.get(call.get(k)).inBatch(batch, k == 0 ? 1 : 0));
                }
            }
        }
        return out;
    }

    private ResolvedItem resolve(PlanItem item) {
        return fromLocal(item).or(() -> fromFreshCache(item)).orElseGet(() -> fromProviders(item));
    }

    private Optional<ResolvedItem> fromLocal(PlanItem item) {
        MarketDataRequest<?> request = item.request();
        if (!local.supports(request.kind())) {
            return Optional.empty();
        }
        Result<? extends MarketData<?>> answer = local.fetch(request);
        return answer.findValue().filter(data -> covers(request, data.value()))
                .map(data -> new ResolvedItem(item, ItemSource.LOCAL_FILE, Optional.of(ProviderId.LOCAL), 0,
                        Optional.of(data), Optional.empty()));
    }

    private Optional<ResolvedItem> fromFreshCache(PlanItem item) {
        for (ProviderId provider : remoteChain(item)) {
            Optional<? extends MarketData<?>> found = peek(provider, item.request());
            if (found.isPresent() && !found.get().provenance().stale()) {
                return Optional.of(new ResolvedItem(item, ItemSource.CACHED_FRESH, Optional.of(provider), 0,
                        Optional.of(found.get()), Optional.empty()));
            }
        }
        return Optional.empty();
    }

    private ResolvedItem fromProviders(PlanItem item) {
        Optional<ResolvedItem> stale = staleEntry(item);
        for (ProviderId provider : remoteChain(item)) {
            if (usable.test(provider)) {
                return new ResolvedItem(item, stale.isPresent() ? ItemSource.CACHED_STALE : ItemSource.FETCH,
                        Optional.of(provider), 1, stale.flatMap(ResolvedItem::data),
                        stale.map(s -> "expired entry of " + s.provider().orElseThrow().id() + " served if the fetch fails"));
            }
        }
        return stale.orElseGet(() -> new ResolvedItem(item, ItemSource.UNAVAILABLE, Optional.empty(), 0,
                Optional.empty(), Optional.of(unavailableReason(item))));
    }

    private Optional<ResolvedItem> staleEntry(PlanItem item) {
        for (ProviderId provider : remoteChain(item)) {
            Optional<? extends MarketData<?>> found = peek(provider, item.request());
            if (found.isPresent()) {
                return Optional.of(new ResolvedItem(item, ItemSource.CACHED_STALE, Optional.of(provider), 0,
                        Optional.of(found.get()), Optional.of("no usable provider; expired entry served")));
            }
        }
        return Optional.empty();
    }

    private Optional<? extends MarketData<?>> peek(ProviderId provider, MarketDataRequest<?> request) {
        return cache.flatMap(c -> c.peek(provider, request));
    }

    private List<ProviderId> remoteChain(PlanItem item) {
        return chains.apply(item.request().kind()).stream().filter(p -> p != ProviderId.LOCAL).toList();
    }

    private String unavailableReason(PlanItem item) {
        List<ProviderId> chain = remoteChain(item);
        String local = item.request().kind() == DataKind.COMPANY_PROFILE ? "no local source for profiles"
                : "no local file covers " + item.request().describe();
        return local + "; " + (chain.isEmpty() ? "no provider chain for " + item.request().kind().id()
                : "no cache entry, and none of " + chain + " may be asked (offline: no API key configured and no "
                + "--online; or disabled, or without its key)");
    }

    // A local series covers a request when it spans the window within a few days at each end.
    static boolean covers(MarketDataRequest<?> request, Object value) {
        if (request instanceof PriceHistoryRequest history && value instanceof PriceSeries series) {
            return spans(series.findFirstDate(), series.findLastDate(), history.from(), history.to(), BAR_SLACK_DAYS);
        }
        if (request instanceof EconomicSeriesRequest wanted && value instanceof EconomicSeries series) {
            List<dev.tradescope.marketdata.Observation> obs = series.observations();
            return !obs.isEmpty() && spans(Optional.of(obs.get(0).date()), Optional.of(obs.get(obs.size() - 1).date()),
                    wanted.from(), wanted.to(), SERIES_SLACK_DAYS);
        }
        return true;
    }

    private static boolean spans(Optional<LocalDate> first, Optional<LocalDate> last, LocalDate from, LocalDate to,
                                 int slackDays) {
        return first.isPresent() && last.isPresent() && !first.get().isAfter(from.plusDays(slackDays))
                && !last.get().isBefore(to.minusDays(slackDays));
    }
}
