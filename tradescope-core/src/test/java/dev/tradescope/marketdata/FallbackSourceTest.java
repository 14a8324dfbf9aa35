package dev.tradescope.marketdata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradescope.support.FailureKind;
import dev.tradescope.support.Result;
import dev.tradescope.testing.TestKeys;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class FallbackSourceTest {
    private static final QuoteRequest SPY = new QuoteRequest("SPY");

    @Test
    void fetch_triesInOrderUntilOneAnswers_andRecordsEveryTry() {
        FallbackSource chain = new FallbackSource(Map.of(DataKind.QUOTE, List.of(
                failing(ProviderId.YAHOO, FailureKind.RATE_LIMITED), failing(ProviderId.ALPHAVANTAGE, FailureKind.NOT_CONFIGURED),
                answering(ProviderId.LOCAL), answering(ProviderId.FMP))), TestKeys.clock());

        Result<MarketData<Quote>> result = chain.fetch(SPY);

        assertThat(result.getValue().provenance().provider()).isEqualTo(ProviderId.LOCAL);
        assertThat(chain.attempts()).extracting(SourceAttempt::provider)
                .containsExactly(ProviderId.YAHOO, ProviderId.ALPHAVANTAGE, ProviderId.LOCAL);
        assertThat(chain.attempts().get(0).failure()).hasValue(FailureKind.RATE_LIMITED);
        assertThat(chain.attempts().get(2).succeeded()).isTrue();
        assertThat(chain.attempts().get(0).describe()).isEqualTo("yahoo quote SPY: rate limited (said so)");
    }

    @Test
    void fetch_allFail_combinesWithMostTellingKind() {
        FallbackSource chain = new FallbackSource(Map.of(DataKind.QUOTE, List.of(
                failing(ProviderId.ALPHAVANTAGE, FailureKind.NOT_CONFIGURED), failing(ProviderId.YAHOO, FailureKind.RATE_LIMITED),
                failing(ProviderId.LOCAL, FailureKind.NO_DATA))), TestKeys.clock());

        var failure = chain.fetch(SPY).findFailure().orElseThrow();

        assertThat(failure.kind()).isEqualTo(FailureKind.RATE_LIMITED);
        assertThat(failure.message()).contains("alphavantage: not configured").contains("yahoo: rate limited")
                .contains("local: no data");
    }

    @Test
    void fetch_noChain_isInvalidRequest() {
        FallbackSource chain = new FallbackSource(Map.of(), TestKeys.clock());

        assertThat(chain.fetch(SPY).findFailure().orElseThrow().kind()).isEqualTo(FailureKind.INVALID_REQUEST);
        assertThat(chain.supports(DataKind.QUOTE)).isFalse();
    }

    private static MarketDataSource failing(ProviderId id, FailureKind kind) {
        return new Stub(id, Optional.of(kind));
    }

    private static MarketDataSource answering(ProviderId id) {
        return new Stub(id, Optional.empty());
    }

    private record Stub(ProviderId provider, Optional<FailureKind> failure) implements MarketDataSource {
        @Override
        public boolean supports(DataKind kind) {
            return true;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> Result<MarketData<T>> fetch(MarketDataRequest<T> request) {
            if (failure.isPresent()) {
                return Result.failed(failure.get(), provider.id(), request.describe(), "said so");
            }
            Quote quote = new Quote("SPY", 1, OptionalDouble.empty(), "", TestKeys.NOW);
            return (Result<MarketData<T>>) (Result<?>) Result.ok(new MarketData<>(quote,
                    Provenance.fetched(provider, TestKeys.NOW, Optional.empty())));
        }
    }
}
