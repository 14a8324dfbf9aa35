package dev.tradescope.cache;

import dev.tradescope.marketdata.DailyBar;
import dev.tradescope.marketdata.MarketData;
import dev.tradescope.marketdata.PriceHistoryRequest;
import dev.tradescope.marketdata.PriceSeries;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.marketdata.Provenance;
import dev.tradescope.marketdata.Quote;
import dev.tradescope.marketdata.QuoteRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Builds sample requests, answers and entries for cache tests. */
public final class Samples {
    private Samples() {
    }

    public static CacheKey quoteKey(String symbol) {
        return CacheKey.of(ProviderId.YAHOO, new QuoteRequest(symbol));
    }

    public static MarketData<Quote> quote(String symbol, double price, Instant at) {
        return new MarketData<>(new Quote(symbol, price, OptionalDouble.of(price - 1), "USD", at),
                Provenance.fetched(ProviderId.YAHOO, at, Optional.of(LocalDate.ofInstant(at, java.time.ZoneOffset.UTC))));
    }

    public static MarketData<PriceSeries> history(String symbol, LocalDate from, int days, Instant at) {
        List<DailyBar> bars = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            double p = 100 + i;
            bars.add(new DailyBar(from.plusDays(i), p, p + 1, p - 1, p + 0.5, p + 0.25, 1000L * i));
        }
        return new MarketData<>(new PriceSeries(symbol, "USD", true, bars),
                Provenance.fetched(ProviderId.YAHOO, at, Optional.of(from.plusDays(days - 1))));
    }

    public static PriceHistoryRequest historyRequest(String symbol, LocalDate from, int days) {
        return new PriceHistoryRequest(symbol, from, from.plusDays(days - 1));
    }

    /** Builds an entry for a quote key with the given payload text, expiring after the TTL. */
    public static CacheEntry entry(CacheKey key, String payload, Instant storedAt, Duration ttl) {
        return new CacheEntry(key, TtlClass.QUOTE, storedAt, Optional.of(storedAt.plus(ttl)), payload);
    }

    public static String payload(String symbol, double price, Instant at) {
        return PayloadCodec.encode(quote(symbol, price, at));
    }
}
