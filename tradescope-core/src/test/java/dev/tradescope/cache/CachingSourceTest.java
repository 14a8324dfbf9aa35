package dev.tradescope.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradescope.marketdata.CompanyProfile;
import dev.tradescope.marketdata.CompanyProfileRequest;
import dev.tradescope.marketdata.CompanyProfiles;
import dev.tradescope.marketdata.CompanyProfilesRequest;
import dev.tradescope.marketdata.DataKind;
import dev.tradescope.marketdata.MarketData;
import dev.tradescope.marketdata.MarketDataSource;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.marketdata.Quote;
import dev.tradescope.marketdata.QuoteRequest;
import dev.tradescope.support.FailureKind;
import dev.tradescope.support.Result;
import dev.tradescope.testing.FakeProfiles;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import dev.tradescope.marketdata.PriceHistoryRequest;
import dev.tradescope.marketdata.PriceSeries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachingSourceTest {
    private static final Instant T0 = Instant.parse("2026-03-10T15:00:00Z");
    private final MutableClock clock = new MutableClock(T0);
    private final FakeSource vendor = new FakeSource(clock);
    @TempDir
    Path root;
    private TieredCache cache;
    private MarketDataSource source;

    @BeforeEach
    void open() {
        cache = newCache(root);
        source = cache.decorate(vendor);
    }

    private TieredCache newCache(Path dir) {
        CacheStats stats = new CacheStats();
        return new TieredCache(List.of(new MemoryCacheTier(1 << 20, Duration.ofDays(1), clock, stats),
                new DiskCacheTier(dir, 1 << 24, clock, stats)), TtlPolicy.defaults(), Duration.ofDays(1),
                Optional.of(dir), clock, stats);
    }

    @AfterEach
    void close() {
        cache.close();
    }

    @Test
    void fetchProfiles_storesEachProfileUnderItsOwnKey_soSingleRequestsHitAndTheBatchIsNotCached() {
        FakeProfiles fmp = new FakeProfiles(clock, Set.of("ZZZZ"));
        MarketDataSource profiles = cache.decorate(fmp);

        CompanyProfiles first = profiles.fetch(new CompanyProfilesRequest(List.of("AAPL", "MSFT", "ZZZZ")))
                .getValue().value();
        profiles.fetch(new CompanyProfilesRequest(List.of("AAPL", "MSFT", "ZZZZ")));

        assertThat(first.bySymbol()).containsOnlyKeys("AAPL", "MSFT");
        assertThat(fmp.asked()).hasSize(2);
        Optional<MarketData<CompanyProfile>> msft = cache.peek(ProviderId.FMP, new CompanyProfileRequest("MSFT"));
        assertThat(msft).isPresent();
        assertThat(msft.get().value().name()).isEqualTo("MSFT Corp.");
        assertThat(msft.get().provenance().fromCache()).isTrue();
        assertThat(cache.peek(ProviderId.FMP, new CompanyProfileRequest("ZZZZ"))).isEmpty();
    }

    @Test
    void fetch_twice_asksTheVendorOnceAndMarksTheSecondAsCached() {
        MarketData<Quote> first = source.fetch(new QuoteRequest("SPY")).getValue();
        MarketData<Quote> second = source.fetch(new QuoteRequest(" spy")).getValue();
        assertThat(vendor.fetches()).isEqualTo(1);
        assertThat(first.provenance().fromCache()).isFalse();
        assertThat(second.provenance().fromCache()).isTrue();
        assertThat(second.provenance().stale()).isFalse();
        assertThat(second.value()).isEqualTo(first.value());
        assertThat(cache.statsSnapshot().find(ProviderId.YAHOO, "memory").orElseThrow().hits()).isEqualTo(1);
    }

    @Test
    void fetch_afterExpiry_asksAgain() {
        source.fetch(new QuoteRequest("SPY"));
        clock.advance(Duration.ofMinutes(16));
        vendor.price(101);
        assertThat(source.fetch(new QuoteRequest("SPY")).getValue().value().price()).isEqualTo(101);
        assertThat(vendor.fetches()).isEqualTo(2);
    }

    @Test
    void fetch_failure_isNeverCached() {
        vendor.failing(true);
        assertThat(source.fetch(new QuoteRequest("SPY")).isOk()).isFalse();
        vendor.failing(false);
        assertThat(source.fetch(new QuoteRequest("SPY")).isOk()).isTrue();
        assertThat(vendor.fetches()).isEqualTo(2);
        assertThat(cache.statsSnapshot().find(ProviderId.YAHOO, CacheStats.SOURCE).orElseThrow().loadFailures())
                .isEqualTo(1);
    }

    @Test
    void fetch_failingAfterExpiry_servesStaleWithItsAge() {
        source.fetch(new QuoteRequest("SPY"));
        clock.advance(Duration.ofHours(3));
        vendor.failing(true);
        MarketData<Quote> stale = source.fetch(new QuoteRequest("SPY")).getValue();
        assertThat(stale.provenance().fromCache()).isTrue();
        assertThat(stale.provenance().stale()).isTrue();
        assertThat(stale.provenance().age()).contains(Duration.ofHours(3));
        assertThat(cache.statsSnapshot().find(ProviderId.YAHOO, CacheStats.SOURCE).orElseThrow().staleServes())
                .isEqualTo(1);
    }

    @Test
    void fetch_failingBeyondMaxStale_returnsTheFailure() {
        source.fetch(new QuoteRequest("SPY"));
        clock.advance(Duration.ofDays(1).plusMinutes(16));
        vendor.failing(true);
        Result<MarketData<Quote>> result = source.fetch(new QuoteRequest("SPY"));
        assertThat(result.findFailure()).hasValueSatisfying(f -> assertThat(f.kind()).isEqualTo(FailureKind.UNAVAILABLE));
    }

    @Test
    void fetch_diskHitInANewRun_fillsMemory() {
        source.fetch(new QuoteRequest("SPY"));
        cache.close();
        cache = newCache(root);
        source = cache.decorate(vendor);
        source.fetch(new QuoteRequest("SPY"));
        source.fetch(new QuoteRequest("SPY"));
        assertThat(vendor.fetches()).isEqualTo(1);
        assertThat(cache.statsSnapshot().find(ProviderId.YAHOO, "disk").orElseThrow().hits()).isEqualTo(1);
        assertThat(cache.statsSnapshot().find(ProviderId.YAHOO, "memory").orElseThrow().hits()).isEqualTo(1);
    }

    @Test
    void fetch_concurrentSameKey_sharesOneLoad() throws Exception {
        var release = vendor.hold();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Result<MarketData<Quote>>>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> source.fetch(new QuoteRequest("SPY"))));
            }
            Thread.sleep(200);
            release.countDown();
            for (Future<Result<MarketData<Quote>>> answer : answers) {
                assertThat(answer.get().isOk()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(vendor.fetches()).isEqualTo(1);
    }

    @Test
    void fetch_twoCachesOnOneFolder_secondWaitsForTheKeyLockThenReadsTheCache() throws Exception {
        TieredCache other = newCache(root);
        MarketDataSource otherSource = other.decorate(vendor);
        var release = vendor.hold();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Result<MarketData<Quote>>> first = pool.submit(() -> source.fetch(new QuoteRequest("SPY")));
            Thread.sleep(100);
            Future<Result<MarketData<Quote>>> second = pool.submit(() -> otherSource.fetch(new QuoteRequest("SPY")));
            Thread.sleep(100);
            release.countDown();
            assertThat(first.get().getValue().provenance().fromCache()).isFalse();
            assertThat(second.get().getValue().provenance().fromCache()).isTrue();
        } finally {
            pool.shutdownNow();
            other.close();
        }
        assertThat(vendor.fetches()).isEqualTo(1);
    }

    @Test
    void fetch_unsupportedKind_passesTheSourcesAnswerThrough() {
        var result = source.fetch(new dev.tradescope.marketdata.CompanyProfileRequest("AAPL"));
        assertThat(result.findFailure()).hasValueSatisfying(f -> assertThat(f.kind())
                .isEqualTo(FailureKind.INVALID_REQUEST));
        assertThat(source.supports(DataKind.COMPANY_PROFILE)).isFalse();
    }

    @Test
    void fetch_withDiskTierOff_goesOnFromMemoryAndSaysWhy() throws Exception {
        Path blocked = java.nio.file.Files.writeString(root.resolve("blocked"), "file in the way");
        cache.close();
        cache = newCache(blocked);
        source = cache.decorate(vendor);
        assertThat(source.fetch(new QuoteRequest("SPY")).isOk()).isTrue();
        assertThat(source.fetch(new QuoteRequest("SPY")).getValue().provenance().fromCache()).isTrue();
        assertThat(vendor.fetches()).isEqualTo(1);
        assertThat(cache.tierStatuses()).anySatisfy(s -> {
            assertThat(s.tier()).isEqualTo("disk");
            assertThat(s.available()).isFalse();
        });
    }

    @Test
    void peek_windowInsideACachedLongerWindow_servedFromItSliced() {
        PriceHistoryRequest wide = new PriceHistoryRequest("SPY", LocalDate.of(2025, 1, 2), LocalDate.of(2025, 3, 31));
        source.fetch(wide).getValue();
        PriceHistoryRequest inside = new PriceHistoryRequest("spy", LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28));

        MarketData<PriceSeries> found = cache.peek(vendor.provider(), inside).orElseThrow();

        assertThat(found.provenance().fromCache()).isTrue();
        assertThat(found.value().bars()).isNotEmpty().allSatisfy(bar -> assertThat(bar.date())
                .isBetween(inside.from(), inside.to()));
        assertThat(cache.peek(vendor.provider(), new PriceHistoryRequest("SPY", LocalDate.of(2024, 12, 1),
                LocalDate.of(2025, 2, 28)))).as("starts before the cached window").isEmpty();
        assertThat(vendor.fetches()).isEqualTo(1);
    }
}
