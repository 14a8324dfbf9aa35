package dev.tradescope.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradescope.marketdata.EconomicSeriesRequest;
import dev.tradescope.marketdata.PriceHistoryRequest;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.marketdata.QuoteRequest;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CacheKeyTest {

    @Test
    void of_twoCodePathsAskingForTheSameHistory_buildEqualKeys() {
        // one path: a ticker from a CSV row, lower case with spaces, dates parsed from text
        PriceHistoryRequest fromCsv = new PriceHistoryRequest("  spy ", LocalDate.parse("2025-01-02"),
                LocalDate.parse("2025-07-19"));
        // another path: the benchmark setting, upper case, dates built from numbers
        PriceHistoryRequest fromPlan = new PriceHistoryRequest("SPY", LocalDate.of(2025, 1, 2), LocalDate.of(2025, 7, 19));
        CacheKey a = CacheKey.of(ProviderId.YAHOO, fromCsv);
        CacheKey b = CacheKey.of(ProviderId.YAHOO, fromPlan);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.sha256()).isEqualTo(b.sha256()).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(a.canonical()).isEqualTo("yahoo|history|from=2025-01-02&symbol=SPY&to=2025-07-19");
    }

    @Test
    void of_differentProviderOrKindOrRange_buildsDifferentKeys() {
        QuoteRequest quote = new QuoteRequest("IBM");
        assertThat(CacheKey.of(ProviderId.YAHOO, quote)).isNotEqualTo(CacheKey.of(ProviderId.FMP, quote));
        assertThat(CacheKey.of(ProviderId.YAHOO, quote).sha256())
                .isNotEqualTo(CacheKey.of(ProviderId.YAHOO, new QuoteRequest("IBM.L")).sha256());
        assertThat(CacheKey.of(ProviderId.FRED, new EconomicSeriesRequest("dgs10", LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 2, 1)))).isNotEqualTo(CacheKey.of(ProviderId.FRED,
                new EconomicSeriesRequest("DGS10", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 2))));
    }

    @Test
    void canonical_holdsOnlyTheRequestParameters_neverASecret() {
        CacheKey key = CacheKey.of(ProviderId.ALPHAVANTAGE, new QuoteRequest("msft"));
        assertThat(key.canonical()).isEqualTo("alphavantage|quote|symbol=MSFT")
                .doesNotContainIgnoringCase("apikey").doesNotContainIgnoringCase("token");
    }

    @Test
    void keys_canOnlyBeBuiltFromARequest() {
        assertThat(Arrays.stream(CacheKey.class.getDeclaredConstructors()))
                .allMatch(c -> Modifier.isPrivate(c.getModifiers()));
        assertThat(Arrays.stream(CacheKey.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())))
                .extracting(java.lang.reflect.Method::getName).containsExactly("of");
    }
}
