package dev.tradescope.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradescope.marketdata.CompanyProfile;
import dev.tradescope.marketdata.CryptoPrice;
import dev.tradescope.marketdata.EconomicSeries;
import dev.tradescope.marketdata.ImfIndicator;
import dev.tradescope.marketdata.MarketData;
import dev.tradescope.marketdata.Observation;
import dev.tradescope.marketdata.PriceSeries;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.marketdata.Provenance;
import dev.tradescope.marketdata.Quote;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PayloadCodecTest {
    private static final Instant AT = Instant.parse("2026-03-10T15:00:00Z");
    private static final Provenance PROVENANCE = Provenance.fetched(ProviderId.YAHOO, AT,
            Optional.of(LocalDate.of(2026, 3, 9)));

    private static <T> void assertRoundTrip(T value, Class<T> type) {
        MarketData<T> data = new MarketData<>(value, PROVENANCE);
        String json = PayloadCodec.encode(data);
        assertThat(PayloadCodec.decode(json, type)).isEqualTo(data);
        assertThat(PayloadCodec.encode(PayloadCodec.decode(json, type))).isEqualTo(json);
    }

    @Test
    void everyAnswerType_roundTripsExactly() {
        assertRoundTrip(Samples.history("SPY", LocalDate.of(2026, 3, 2), 5, AT).value(), PriceSeries.class);
        assertRoundTrip(new Quote("SPY", 512.25, OptionalDouble.empty(), "", AT), Quote.class);
        assertRoundTrip(new EconomicSeries("DGS10", List.of(new Observation(LocalDate.of(2026, 3, 2), 4.1)), 2),
                EconomicSeries.class);
        assertRoundTrip(new CompanyProfile("AAPL", "Apple Inc.", Optional.of("Information Technology"),
                Optional.empty(), OptionalDouble.of(3.1e12), Optional.of("NASDAQ")), CompanyProfile.class);
        assertRoundTrip(new CryptoPrice("bitcoin", "usd", 65000.5, OptionalDouble.of(-1.25), AT), CryptoPrice.class);
        TreeMap<Integer, Double> byYear = new TreeMap<>();
        byYear.put(2024, 2.8);
        byYear.put(2025, 1.9);
        assertRoundTrip(new ImfIndicator("NGDP_RPCH", "USA", byYear), ImfIndicator.class);
    }

    @Test
    void provenanceOfACacheServe_roundTrips() {
        MarketData<Quote> data = new MarketData<>(new Quote("SPY", 1, OptionalDouble.of(2), "USD", AT),
                PROVENANCE.withCacheServe(Duration.ofMinutes(90), true));
        assertThat(PayloadCodec.decode(PayloadCodec.encode(data), Quote.class)).isEqualTo(data);
    }

    @Test
    void payloadOfAnotherType_isRejected() {
        String json = PayloadCodec.encode(new MarketData<>(new Quote("SPY", 1, OptionalDouble.empty(), "USD", AT),
                PROVENANCE));
        assertThatThrownBy(() -> PayloadCodec.decode(json, PriceSeries.class))
                .isInstanceOf(CorruptEntryException.class);
    }
}
