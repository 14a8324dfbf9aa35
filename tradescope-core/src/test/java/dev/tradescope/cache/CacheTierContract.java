package dev.tradescope.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract every {@link CacheTier} keeps; each tier's test extends it. */
abstract class CacheTierContract {
    protected static final Instant T0 = Instant.parse("2026-03-10T15:00:00Z");
    protected final MutableClock clock = new MutableClock(T0);
    protected final CacheStats stats = new CacheStats();
    protected CacheTier tier;

    /** Builds the tier under test over fresh, empty storage. */
    protected abstract CacheTier newTier();

    @BeforeEach
    void openTier() {
        tier = newTier();
    }

    @AfterEach
    void closeTier() {
        tier.close();
    }

    @Test
    void find_unknownKey_isEmpty() {
        assertThat(tier.find(Samples.quoteKey("NOPE"))).isEmpty();
    }

    @Test
    void put_thenFind_returnsEqualEntryWithIdenticalPayload() {
        CacheEntry entry = Samples.entry(Samples.quoteKey("SPY"), Samples.payload("SPY", 512.25, T0), T0,
                Duration.ofMinutes(15));
        tier.put(entry);
        CacheEntry found = tier.find(entry.key()).orElseThrow();
        assertThat(found).isEqualTo(entry);
        assertThat(found.payload()).isEqualTo(entry.payload());
    }

    @Test
    void put_entryWithoutExpiry_roundTrips() {
        CacheEntry entry = new CacheEntry(Samples.quoteKey("QQQ"), TtlClass.HISTORY_CLOSED, T0, Optional.empty(),
                Samples.payload("QQQ", 1, T0));
        tier.put(entry);
        assertThat(tier.find(entry.key())).contains(entry);
    }

    @Test
    void put_unicodePayload_isByteIdentical() {
        CacheEntry entry = Samples.entry(Samples.quoteKey("UNI"), "{\"name\":\"Société Générale – 日本 \\\" \\n\"}", T0,
                Duration.ofHours(1));
        tier.put(entry);
        assertThat(tier.find(entry.key()).orElseThrow().payload()).isEqualTo(entry.payload());
    }

    @Test
    void put_twice_keepsTheLatest() {
        CacheKey key = Samples.quoteKey("IBM");
        tier.put(Samples.entry(key, Samples.payload("IBM", 100, T0), T0, Duration.ofMinutes(15)));
        CacheEntry later = Samples.entry(key, Samples.payload("IBM", 101, T0), T0.plusSeconds(60), Duration.ofMinutes(15));
        tier.put(later);
        assertThat(tier.find(key)).contains(later);
    }

    @Test
    void find_expiredEntryWithinStaleWindow_isStillFound() {
        CacheEntry entry = Samples.entry(Samples.quoteKey("OLD"), Samples.payload("OLD", 5, T0), T0, Duration.ofMinutes(15));
        tier.put(entry);
        clock.advance(Duration.ofHours(1));
        assertThat(tier.find(entry.key())).contains(entry);
    }

    @Test
    void remove_dropsTheEntry() {
        CacheEntry entry = Samples.entry(Samples.quoteKey("DEL"), Samples.payload("DEL", 5, T0), T0, Duration.ofMinutes(15));
        tier.put(entry);
        tier.remove(entry.key());
        assertThat(tier.find(entry.key())).isEmpty();
    }

    @Test
    void manyKeys_areKeptApart() {
        for (int i = 0; i < 50; i++) {
            CacheKey key = Samples.quoteKey("K" + i);
            tier.put(Samples.entry(key, Samples.payload("K" + i, 10 + i, T0), T0, Duration.ofMinutes(15)));
        }
        for (int i = 0; i < 50; i++) {
            assertThat(tier.find(Samples.quoteKey("K" + i)).orElseThrow().payload())
                    .isEqualTo(Samples.payload("K" + i, 10 + i, T0));
        }
    }

    @Test
    void status_ofAHealthyTier_isUp() {
        assertThat(tier.status().available()).isTrue();
        assertThat(tier.status().tier()).isEqualTo(tier.name());
    }
}
