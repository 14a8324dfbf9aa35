package dev.tradescope.trade.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DuplicateIdDetectorTest {

    @Test
    void filter_growsWithTheInputUpTo16Megabytes() {
        assertThat(new DuplicateIdDetector(0).filterBytes()).isEqualTo(512);
        assertThat(new DuplicateIdDetector(5_000).filterBytes()).isEqualTo(2_048);
        assertThat(new DuplicateIdDetector(10_000_000).filterBytes()).isEqualTo(4L << 20);
        assertThat(new DuplicateIdDetector(64L << 20).filterBytes()).isEqualTo(16L << 20);
        assertThat(DuplicateIdDetector.bitsLog2For(3L << 30)).isEqualTo(27);
    }

    @Test
    void largestFromBytes_isTheFirstSizeWithTheLargestFilter() {
        assertThat(new DuplicateIdDetector(DuplicateIdDetector.LARGEST_FROM_BYTES).filterBytes()).isEqualTo(16L << 20);
        assertThat(new DuplicateIdDetector(DuplicateIdDetector.LARGEST_FROM_BYTES - 1).filterBytes())
                .isEqualTo(8L << 20);
    }

    @Test
    void offer_aSmallFilterStillFindsEveryRepeat() {
        DuplicateIdDetector detector = new DuplicateIdDetector(1_000);
        for (int i = 0; i < 200; i++) {
            detector.offer("id-" + i);
        }
        for (int i = 0; i < 200; i += 20) {
            detector.offer("id-" + i);
        }
        DuplicateIdDetector.Suspects suspects = detector.suspects();
        assertThat(suspects.mayRepeat("id-0")).isTrue();
        assertThat(suspects.mayRepeat("id-20")).isTrue();
        assertThat(suspects.mayRepeat("id-180")).isTrue();
    }

    @Test
    void finish_releasesTheFilterAndKeepsTheSuspectsOfEveryIdOffered() {
        DuplicateIdDetector detector = new DuplicateIdDetector(1_000);
        detector.offer("a");
        detector.offer("b");
        detector.offer("a"); // still pending in the feed's batch: finish filters it first

        DuplicateIdDetector.Suspects suspects = detector.finish();

        assertThat(detector.filterBytes()).isZero();
        assertThat(suspects.mayRepeat("a")).isTrue();
        assertThat(suspects.size()).isEqualTo(1);
        assertThat(detector.overflowed()).isFalse();
        for (int i = 0; i < 63; i++) {
            detector.offer("late-" + i);
        }
        assertThatThrownBy(() -> detector.offer("late-63")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("released");
    }

    @Test
    void suspects_aLargeFilterKeepsFalseSuspectsRare() {
        DuplicateIdDetector detector = new DuplicateIdDetector(25_000_000); // about 100 000 rows of export
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 100_000; i++) {
            detector.offer(new java.util.UUID(random.nextLong(), random.nextLong()).toString());
        }
        detector.offer("repeated");
        detector.offer("repeated");
        assertThat(detector.suspects().mayRepeat("repeated")).isTrue();
        assertThat(detector.suspects().size()).isLessThan(20);
    }

    @Test
    void suspects_keptAsHashesUpToTheirLimit_thenOverflow() {
        DuplicateIdDetector detector = new DuplicateIdDetector(0); // 512 bytes: nearly every id becomes a suspect
        int offered = 0;
        while (!detector.overflowed()) {
            detector.offer("id-" + offered++);
        }
        DuplicateIdDetector.Suspects suspects = detector.suspects();

        assertThat(suspects.size()).isEqualTo(DuplicateIdDetector.MAX_SUSPECTS);
        assertThat(offered).isGreaterThan(DuplicateIdDetector.MAX_SUSPECTS);
        assertThat(suspects.mayRepeat("id-" + (offered - 1))).isFalse(); // the one that did not fit
        assertThat(suspects.mayRepeat("never offered")).isFalse();
    }

    @Test
    void suspects_fromSeveralFeedsAtOnce_areAllKept() throws InterruptedException {
        DuplicateIdDetector detector = new DuplicateIdDetector(1_000);
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            int from = t * 5_000;
            threads[t] = new Thread(() -> {
                DuplicateIdDetector.Feed feed = detector.feed();
                for (int i = from; i < from + 5_000; i++) {
                    feed.offer("id-" + i);
                    feed.offer("id-" + i);
                }
                feed.flush();
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        DuplicateIdDetector.Suspects suspects = detector.suspects();

        for (int i = 0; i < 20_000; i++) {
            assertThat(suspects.mayRepeat("id-" + i)).as("id-%d", i).isTrue();
        }
        assertThat(detector.overflowed()).isFalse();
    }
}
