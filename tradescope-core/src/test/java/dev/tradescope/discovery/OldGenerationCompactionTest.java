package dev.tradescope.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OldGenerationCompactionTest {
    private static final long EVERY = TradePass.OldGenerationCompaction.EVERY_ROWS;

    @Test
    void collectsOnceEachTimeTheRowsPassAMultipleOfTheInterval() {
        AtomicInteger collections = new AtomicInteger();
        TradePass.OldGenerationCompaction compaction = new TradePass.OldGenerationCompaction(collections::incrementAndGet);

        compaction.rows(16_384);
        compaction.rows(EVERY - 1);
        assertThat(collections).hasValue(0);
        compaction.rows(EVERY);
        compaction.rows(EVERY + 16_384);
        assertThat(collections).hasValue(1);
        compaction.rows(3 * EVERY + 7); // two multiples passed between two calls: one collection
        assertThat(collections).hasValue(2);
        compaction.rows(4 * EVERY - 1);
        compaction.rows(4 * EVERY);
        assertThat(collections).hasValue(3);
    }

    @Test
    void aShortExportIsNeverCollected() {
        AtomicInteger collections = new AtomicInteger();
        TradePass.OldGenerationCompaction compaction = new TradePass.OldGenerationCompaction(collections::incrementAndGet);

        for (long rows = 16_384; rows <= 1_000_000; rows += 16_384) {
            compaction.rows(rows);
        }
        assertThat(collections).hasValue(0);
    }
}
