package dev.tradescope.discovery.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradescope.marketdata.CompanyProfileRequest;
import dev.tradescope.marketdata.PriceHistoryRequest;
import dev.tradescope.marketdata.ProviderId;
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
}
