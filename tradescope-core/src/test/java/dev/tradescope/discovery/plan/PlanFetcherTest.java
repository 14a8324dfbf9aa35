package dev.tradescope.discovery.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradescope.marketdata.CompanyProfile;
import dev.tradescope.marketdata.CompanyProfileRequest;
import dev.tradescope.marketdata.CompanyProfiles;
import dev.tradescope.marketdata.CompanyProfilesRequest;
import dev.tradescope.marketdata.DataKind;
import dev.tradescope.marketdata.MarketData;
import dev.tradescope.marketdata.MarketDataRequest;
import dev.tradescope.marketdata.MarketDataSource;
import dev.tradescope.marketdata.PriceHistoryRequest;
import dev.tradescope.marketdata.Provenance;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.support.FailureKind;
import dev.tradescope.support.Result;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
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

    // Answers profile lists (leaving out UNKNOWN) and single profiles; records what it was asked.
    private static final class ProfileSource implements MarketDataSource {
        final List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public ProviderId provider() {
            return ProviderId.FMP;
        }

        @Override
        public boolean supports(DataKind kind) {
            return kind == DataKind.COMPANY_PROFILE;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> Result<MarketData<T>> fetch(MarketDataRequest<T> request) {
            asked.add(request.describe());
            Provenance fetched = Provenance.fetched(ProviderId.FMP, Instant.parse("2025-07-31T12:00:00Z"), Optional.empty());
            if (request instanceof CompanyProfilesRequest list) {
                Map<String, CompanyProfile> found = new HashMap<>();
                list.symbols().stream().filter(s -> !s.equals("UNKNOWN")).forEach(s -> found.put(s, profile(s)));
                return Result.ok((MarketData<T>) new MarketData<>(new CompanyProfiles(found), fetched));
            }
            String symbol = ((CompanyProfileRequest) request).symbol();
            return symbol.equals("UNKNOWN") ? Result.failed(FailureKind.NO_DATA, "fmp", symbol, "unknown symbol")
                    : Result.ok((MarketData<T>) new MarketData<>(profile(symbol), fetched));
        }

        private static CompanyProfile profile(String symbol) {
            return new CompanyProfile(symbol, symbol + " Corp.", Optional.of("Technology"), Optional.empty(),
                    OptionalDouble.empty(), Optional.empty());
        }
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
        ProfileSource fmp = new ProfileSource();

        List<ItemOutcome> outcomes = new PlanFetcher(fmp, p -> Optional.of(fmp), 3, done -> { })
                .fetch(List.of(first, stale, leftOut), System.nanoTime() + 5_000_000_000L);

        assertThat(fmp.asked).containsExactly("profiles A,B,UNKNOWN", "profile UNKNOWN");
        assertThat(outcomes).extracting(ItemOutcome::status)
                .containsExactly(ItemOutcome.Status.FETCHED, ItemOutcome.Status.FETCHED, ItemOutcome.Status.FAILED);
        assertThat(stale.label()).isEqualTo("cached (stale) fmp (call 1: 3 items)");
    }
}
