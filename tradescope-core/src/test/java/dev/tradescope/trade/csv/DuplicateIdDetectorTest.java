package dev.tradescope.trade.csv;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(detector.suspects()).contains("id-0", "id-20", "id-180");
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
        assertThat(detector.suspects()).contains("repeated").hasSizeLessThan(20);
    }
}
