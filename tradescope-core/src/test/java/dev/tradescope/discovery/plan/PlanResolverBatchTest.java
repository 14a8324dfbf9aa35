package dev.tradescope.discovery.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradescope.marketdata.CompanyProfileRequest;
import dev.tradescope.marketdata.DataKind;
import dev.tradescope.marketdata.MarketData;
import dev.tradescope.marketdata.MarketDataRequest;
import dev.tradescope.marketdata.MarketDataSource;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.support.FailureKind;
import dev.tradescope.support.Result;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PlanResolverBatchTest {

    // The local source knows nothing: every item goes to the providers.
    private static final MarketDataSource NO_LOCAL_FILES = new MarketDataSource() {
        @Override
        public ProviderId provider() {
            return ProviderId.LOCAL;
        }

        @Override
        public boolean supports(DataKind kind) {
            return kind != DataKind.COMPANY_PROFILE;
        }

        @Override
        public <T> Result<MarketData<T>> fetch(MarketDataRequest<T> request) {
            return Result.failed(FailureKind.NO_DATA, "local", request.describe(), "no local file");
        }
    };

    // The resolved profile items of a plan with five tickers to profile, FMP taking fmpBatch per call.
    private static List<ResolvedItem> profiles(int fmpBatch) {
        Set<String> tickers = new TreeSet<>(IntStream.rangeClosed(1, 5).mapToObj(i -> "T" + i).toList());
        DataPlan plan = DataPlan.of(List.of(new PlanInputs("p", LocalDate.of(2025, 1, 2), LocalDate.of(2025, 7, 31),
                LocalDate.of(2025, 7, 31), List.of("SPY"), tickers, Map.of(), false)));
        PlanResolver resolver = new PlanResolver(NO_LOCAL_FILES, Optional.empty(),
                kind -> kind == DataKind.COMPANY_PROFILE ? List.of(ProviderId.FMP, ProviderId.ALPHAVANTAGE)
                        : List.of(ProviderId.YAHOO),
                p -> true, p -> p == ProviderId.FMP ? fmpBatch : 1);
        List<ResolvedItem> resolved = resolver.resolve(plan);
        assertThat(resolved.stream().filter(r -> !(r.item().request() instanceof CompanyProfileRequest)))
                .isNotEmpty().allSatisfy(r -> {
                    assertThat(r.calls()).isEqualTo(1);
                    assertThat(r.batch()).isEmpty();
                });
        return resolved.stream().filter(r -> r.item().request() instanceof CompanyProfileRequest)
                .sorted(java.util.Comparator.comparing(r -> DataPlan.subjectOf(r.item().request()))).toList();
    }

    @Test
    void resolve_profilesOfOneProvider_shareCallsOfUpToItsLimit() {
        List<ResolvedItem> resolved = profiles(2);

        assertThat(resolved.stream().map(r -> r.batch().map(ResolvedItem.Batch::number).orElse(0)))
                .containsExactly(1, 1, 2, 2, 0);
        assertThat(resolved.stream().map(ResolvedItem::calls)).containsExactly(1, 0, 1, 0, 1);
        assertThat(resolved.get(0).label()).isEqualTo("fetch from fmp (call 1: 2 items)");
        assertThat(resolved.get(4).label()).isEqualTo("fetch from fmp");
    }

    @Test
    void resolve_aProviderThatTakesOneSymbolPerCall_getsOneCallPerProfile() {
        assertThat(profiles(1)).hasSize(5).allSatisfy(r -> {
            assertThat(r.calls()).isEqualTo(1);
            assertThat(r.batch()).isEmpty();
        });
    }
}
