package dev.tradescope.discovery.plan;

import dev.tradescope.discovery.plan.ItemOutcome.Status;
import dev.tradescope.marketdata.CompanyProfile;
import dev.tradescope.marketdata.CompanyProfileRequest;
import dev.tradescope.marketdata.CompanyProfiles;
import dev.tradescope.marketdata.CompanyProfilesRequest;
import dev.tradescope.marketdata.MarketData;
import dev.tradescope.marketdata.MarketDataRequest;
import dev.tradescope.marketdata.MarketDataSource;
import dev.tradescope.support.Result;
import dev.tradescope.marketdata.ProviderId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Obtains every item of a resolved plan (phase 3): items already in hand are taken as they are; the
 * rest are fetched through the provider chain, a bounded number at a time, until the run's deadline.
 * What is not in by the deadline is marked timed out and the run goes on with what it has. Items
 * planned to share one call go to their provider together; any the call does not answer (the call
 * failed, or the provider did not know the symbol) are then fetched one by one through the chain.
 */
public final class PlanFetcher {
    /** The default number of items fetched at once. */
    public static final int DEFAULT_IN_FLIGHT = 3;

    private final MarketDataSource chain;
    private final Function<ProviderId, Optional<MarketDataSource>> providers;
    private final int inFlight;
    private final IntConsumer progress;

    /**
     * Builds a fetcher.
     *
     * @param chain     the provider chain (cache → resilience → vendor per provider)
     * @param providers each provider's own source, which batched calls go to
     * @param inFlight  how many items (or batched calls) are fetched at once
     * @param progress  told how many items are done so far
     */
    public PlanFetcher(MarketDataSource chain, Function<ProviderId, Optional<MarketDataSource>> providers, int inFlight,
                       IntConsumer progress) {
        this.chain = Objects.requireNonNull(chain, "chain");
        this.providers = Objects.requireNonNull(providers, "providers");
        if (inFlight < 1) {
            throw new IllegalArgumentException("tasks in flight must be at least 1, was " + inFlight);
        }
        this.inFlight = inFlight;
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** Obtains the items, waiting at most until {@code deadlineNanos} (a {@link System#nanoTime()} value). */
    public List<ItemOutcome> fetch(List<ResolvedItem> items, long deadlineNanos) {
        AtomicInteger done = new AtomicInteger();
        Map<ResolvedItem, Future<ItemOutcome>> running = new LinkedHashMap<>();
        List<ItemOutcome> out = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(inFlight, daemon());
        Map<Integer, CompletableFuture<Map<ResolvedItem, ItemOutcome>>> calls = new HashMap<>();
        try {
            for (ResolvedItem item : interleaved(items)) {
                if (item.batch().isPresent()) {
                    int number = item.batch().get().number();
                    CompletableFuture<Map<ResolvedItem, ItemOutcome>> call = calls.computeIfAbsent(number,
                            n -> CompletableFuture.supplyAsync(() -> fetchBatch(members(items, n), done), pool));
                    running.put(item, call.thenApply(outcomes -> outcomes.get(item)));
                } else {
                    running.put(item, pool.submit(() -> fetchOne(item, done)));
                }
            }
            for (ResolvedItem item : items) {
                out.add(needsFetch(item) ? await(item, running.get(item), deadlineNanos) : inHand(item, done));
            }
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    // The items to fetch, round-robin over their planned providers, so that one provider's bulkhead
    // (2 calls in flight by default) does not hold every task slot while the others wait.
    static List<ResolvedItem> interleaved(List<ResolvedItem> items) {
        Map<Optional<ProviderId>, Deque<ResolvedItem>> byProvider = new LinkedHashMap<>();
        items.stream().filter(PlanFetcher::needsFetch)
                .forEach(i -> byProvider.computeIfAbsent(i.provider(), p -> new ArrayDeque<>()).add(i));
        List<ResolvedItem> out = new ArrayList<>();
        while (!byProvider.isEmpty()) {
            Iterator<Deque<ResolvedItem>> queues = byProvider.values().iterator();
            while (queues.hasNext()) {
                Deque<ResolvedItem> queue = queues.next();
                out.add(queue.removeFirst());
                if (queue.isEmpty()) {
                    queues.remove();
                }
            }
        }
        return out;
    }

    // Items to fetch: planned fetches, and expired entries to refresh (those carry a call, or share one).
    private static boolean needsFetch(ResolvedItem item) {
        return item.source() == ItemSource.FETCH || (item.source() == ItemSource.CACHED_STALE
                && (item.calls() > 0 || item.batch().isPresent()));
    }

    private ItemOutcome inHand(ResolvedItem item, AtomicInteger done) {
        progress.accept(done.incrementAndGet());
        switch (item.source()) {
            case LOCAL_FILE:
                return new ItemOutcome(item, Status.LOCAL, item.data(), Optional.empty());
            case CACHED_FRESH:
                return new ItemOutcome(item, Status.CACHE_HIT, item.data(), Optional.empty());
            case CACHED_STALE:
                return new ItemOutcome(item, Status.STALE, item.data(), item.reason());
            default:
                return new ItemOutcome(item, Status.UNAVAILABLE, Optional.empty(), item.reason());
        }
    }

    private ItemOutcome fetchOne(ResolvedItem item, AtomicInteger done) {
        try {
            Result<? extends MarketData<?>> result = fetchTyped(item.item().request());
            return result.findValue().<ItemOutcome>map(data -> obtained(item, data))
                    .orElseGet(() -> failed(item, result.findFailure().orElseThrow().describe()));
        } finally {
            progress.accept(done.incrementAndGet());
        }
    }

    private static List<ResolvedItem> members(List<ResolvedItem> items, int batchNumber) {
        return items.stream().filter(i -> needsFetch(i) && i.batch().map(b -> b.number() == batchNumber).orElse(false))
                .toList();
    }

    // One call for the batch's profiles; each member it does not answer is fetched on its own.
    private Map<ResolvedItem, ItemOutcome> fetchBatch(List<ResolvedItem> members, AtomicInteger done) {
        ProviderId provider = members.get(0).provider().orElseThrow();
        List<String> symbols = members.stream().map(PlanFetcher::symbolOf).toList();
        Optional<MarketData<CompanyProfiles>> answer = providers.apply(provider)
                .flatMap(source -> source.fetch(new CompanyProfilesRequest(symbols)).findValue());
        Map<ResolvedItem, ItemOutcome> out = new HashMap<>();
        for (ResolvedItem member : members) {
            Optional<CompanyProfile> profile = answer.flatMap(a -> a.value().find(symbolOf(member)));
            if (profile.isPresent()) {
                out.put(member, obtained(member, new MarketData<>(profile.get(), answer.get().provenance())));
                progress.accept(done.incrementAndGet());
            } else {
                out.put(member, fetchOne(member, done));
            }
        }
        return out;
    }

    private static String symbolOf(ResolvedItem item) {
        return ((CompanyProfileRequest) item.item().request()).symbol();
    }

    private <T> Result<MarketData<T>> fetchTyped(MarketDataRequest<T> request) {
        return chain.fetch(request);
    }

    private static ItemOutcome obtained(ResolvedItem item, MarketData<?> data) {
        if (data.provenance().stale()) {
            return new ItemOutcome(item, Status.STALE, Optional.of(data),
                    Optional.of("fetch failed; expired cache entry served"));
        }
        Status status = data.provenance().fromCache() ? Status.CACHE_HIT
                : data.provenance().provider() == dev.tradescope.marketdata.ProviderId.LOCAL ? Status.LOCAL : Status.FETCHED;
        return new ItemOutcome(item, status, Optional.of(data), Optional.empty());
    }

    // A failed fetch falls back on the stale entry found while planning, if there was one.
    private static ItemOutcome failed(ResolvedItem item, String why) {
        if (item.data().isPresent()) {
            return new ItemOutcome(item, Status.STALE, item.data(), Optional.of(why + "; expired cache entry served"));
        }
        return new ItemOutcome(item, Status.FAILED, Optional.empty(), Optional.of(why));
    }

    private ItemOutcome await(ResolvedItem item, Future<ItemOutcome> future, long deadlineNanos) {
        try {
            return future.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return timedOut(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return timedOut(item);
        } catch (ExecutionException e) {
            return failed(item, "unexpected failure: " + e.getCause());
        }
    }

    private static ItemOutcome timedOut(ResolvedItem item) {
        if (item.data().isPresent()) {
            return new ItemOutcome(item, Status.STALE, item.data(), Optional.of("deadline passed; expired cache entry served"));
        }
        return new ItemOutcome(item, Status.TIMED_OUT, Optional.empty(), Optional.of("not obtained before the run's deadline"));
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "tradescope-fetch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
