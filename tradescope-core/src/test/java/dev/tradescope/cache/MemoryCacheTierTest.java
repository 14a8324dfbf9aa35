package dev.tradescope.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradescope.marketdata.ProviderId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MemoryCacheTierTest extends CacheTierContract {

    @Override
    protected CacheTier newTier() {
        return new MemoryCacheTier(1024 * 1024, Duration.ofDays(1), clock, stats);
    }

    @Test
    void find_afterExpiryPlusStaleWindow_isEmpty() {
        CacheEntry entry = Samples.entry(Samples.quoteKey("GONE"), "{}", T0, Duration.ofMinutes(15));
        tier.put(entry);
        clock.advance(Duration.ofDays(1).plusMinutes(16));
        assertThat(tier.find(entry.key())).isEmpty();
    }

    @Test
    void put_beyondWeightBound_evictsAndCounts() {
        MemoryCacheTier small = new MemoryCacheTier(20_000, Duration.ZERO, clock, stats);
        String payload = "{\"x\":\"" + "a".repeat(1000) + "\"}";
        for (int i = 0; i < 100; i++) {
            small.put(Samples.entry(Samples.quoteKey("S" + i), payload, T0, Duration.ofHours(1)));
        }
        small.find(Samples.quoteKey("S1"));
        assertThat(small.size()).isLessThan(20);
        assertThat(stats.snapshot().find(ProviderId.YAHOO, MemoryCacheTier.NAME).orElseThrow().evictions())
                .isGreaterThan(80);
    }
}
