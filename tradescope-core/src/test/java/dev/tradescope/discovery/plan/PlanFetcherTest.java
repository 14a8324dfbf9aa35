package dev.tradescope.discovery.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradescope.marketdata.CompanyProfileRequest;
import dev.tradescope.marketdata.PriceHistoryRequest;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.testing.FakeProfiles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PlanFetcherTest {

    private static ResolvedItem fetch(String subject, ProviderId provider) {
        PlanItem item = provider == ProviderId.FMP
                ? new PlanItem(new CompanyProfileRequest(subject), Set.of(Purpose.PROFILE), new TreeSet<>(Set.of("p")))
                : new PlanItem(new PriceHistoryRequest(subject, LocalDate.of(2025, 1, 2), LocalDate.of(2025, 7, 31)),
                Set.of(Purpose.BENCHMARK), new TreeSet<>(Set.of("p")));
        return new ResolvedItem(item, ItemSource.FETCH, Optional.of(provider), 1, Optional.empty(), Optional.empty());
    }

    @Test
    void interleaved_takesTheItemsToFetchRoundRobinOverTheirProviders() {
        ResolvedItem spy = fetch("SPY", ProviderId.YAHOO);
        ResolvedItem qqq = fetch("QQQ", ProviderId.YAHOO);
        ResolvedItem a = fetch("A", ProviderId.FMP);
        ResolvedItem b = fetch("B", ProviderId.FMP);
        ResolvedItem c = fetch("C", ProviderId.FMP);
        ResolvedItem local = new ResolvedItem(spy.item(), ItemSource.LOCAL_FILE, Optional.of(ProviderId.LOCAL), 0,
                Optional.empty(), Optional.empty());

        assertThat(PlanFetcher.interleaved(List.of(spy, qqq, local, a, b, c))).containsExactly(spy, a, qqq, b, c);
    }

    @Test
    void fetch_aBatch_oneCallForItsMembers_staleOnesIncluded_leftOutOnesAlone() {
        ResolvedItem.Batch batch = new ResolvedItem.Batch(1, 3);
        PlanItem a = new PlanItem(new CompanyProfileRequest("A"), Set.of(Purpose.PROFILE), new TreeSet<>(Set.of("p")));
        PlanItem b = new PlanItem(new CompanyProfileRequest("B"), Set.of(Purpose.PROFILE), new TreeSet<>(Set.of("p")));
        PlanItem unknown = new PlanItem(new CompanyProfileRequest("UNKNOWN"), Set.of(Purpose.PROFILE),
                new TreeSet<>(Set.of("p")));
        ResolvedItem first = new ResolvedItem(a, ItemSource.FETCH, Optional.of(ProviderId.FMP), 1, Optional.empty(),
                Optional.empty(), Optional.of(batch));
        ResolvedItem stale = new ResolvedItem(b, ItemSource.CACHED_STALE, Optional.of(ProviderId.FMP), 0,
                Optional.empty(), Optional.of("expired entry of fmp served if the fetch fails"), Optional.of(batch));
        ResolvedItem leftOut = new ResolvedItem(unknown, ItemSource.FETCH, Optional.of(ProviderId.FMP), 0,
                Optional.empty(), Optional.empty(), Optional.of(batch));
        FakeProfiles fmp = new FakeProfiles(Clock.systemUTC(), Set.of("UNKNOWN"));

        List<ItemOutcome> outcomes = new PlanFetcher(fmp, p -> Optional.of(fmp), 3, done -> { })
                .fetch(List.of(first, stale, leftOut), System.nanoTime() + 5_000_000_000L);

        assertThat(fmp.asked()).containsExactly("profiles A,B,UNKNOWN", "profile UNKNOWN");
        assertThat(outcomes).extracting(ItemOutcome::status)
                .containsExactly(ItemOutcome.Status.FETCHED, ItemOutcome.Status.FETCHED, ItemOutcome.Status.FAILED);
        assertThat(stale.label()).isEqualTo("cached (stale) fmp (call 1: 3 items)");
    }
}
