package dev.tradescope.cache;

import dev.tradescope.marketdata.DataKind;
import dev.tradescope.marketdata.MarketData;
import dev.tradescope.marketdata.MarketDataRequest;
import dev.tradescope.marketdata.MarketDataSource;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.marketdata.Quote;
import dev.tradescope.marketdata.QuoteRequest;
import dev.tradescope.support.FailureKind;
import dev.tradescope.support.Result;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A quote source that counts its fetches, can be told to fail, and can be held until released. */
public final class FakeSource implements MarketDataSource {
    private final Clock clock;
    private final AtomicInteger fetches = new AtomicInteger();
    private volatile boolean failing;
    private volatile double price = 100;
    private volatile CountDownLatch gate = new CountDownLatch(0);

    public FakeSource(Clock clock) {
        this.clock = clock;
    }

    public int fetches() {
        return fetches.get();
    }

    public void failing(boolean fail) {
        this.failing = fail;
    }

    public void price(double newPrice) {
        this.price = newPrice;
    }

    /** Makes fetches wait until the returned latch is counted down. */
    public CountDownLatch hold() {
        gate = new CountDownLatch(1);
        return gate;
    }

    @Override
    public ProviderId provider() {
        return ProviderId.YAHOO;
    }

    @Override
    public boolean supports(DataKind kind) {
        return kind == DataKind.QUOTE || kind == DataKind.PRICE_HISTORY;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Result<MarketData<T>> fetch(MarketDataRequest<T> request) {
        if (request instanceof dev.tradescope.marketdata.PriceHistoryRequest history) {
            fetches.incrementAndGet();
            return Result.ok((MarketData<T>) history(history));
        }
        if (!(request instanceof QuoteRequest quote)) {
            return Result.failed(FailureKind.INVALID_REQUEST, "yahoo", request.describe(), "unsupported");
        }
        fetches.incrementAndGet();
        await();
        if (failing) {
            return Result.failed(FailureKind.UNAVAILABLE, "yahoo", request.describe(), "HTTP 503");
        }
        MarketData<Quote> data = Samples.quote(quote.symbol(), price, clock.instant());
        return Result.ok((MarketData<T>) data);
    }

    // One bar per weekday of the window, prices rising by one a day.
    private MarketData<dev.tradescope.marketdata.PriceSeries> history(dev.tradescope.marketdata.PriceHistoryRequest r) {
        java.util.List<dev.tradescope.marketdata.DailyBar> bars = new java.util.ArrayList<>();
        for (java.time.LocalDate d = r.from(); !d.isAfter(r.to()); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                double p = 100 + bars.size();
                bars.add(new dev.tradescope.marketdata.DailyBar(d, p, p + 1, p - 1, p, p, 1000));
            }
        }
        return new MarketData<>(new dev.tradescope.marketdata.PriceSeries(r.symbol(), "USD", false, bars),
                dev.tradescope.marketdata.Provenance.fetched(provider(), clock.instant(),
                        java.util.Optional.of(bars.get(bars.size() - 1).date())));
    }

    private void await() {
        try {
            gate.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
