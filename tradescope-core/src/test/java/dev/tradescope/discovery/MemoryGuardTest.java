package dev.tradescope.discovery;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradescope.support.ResourceLimitException;
import org.junit.jupiter.api.Test;

class MemoryGuardTest {

    @Test
    void check_liveHeapAfterCollectionOverCeiling_stopsWithClearMessage() {
        MemoryGuard guard = MemoryGuard.watching(1024);
        byte[][] live = new byte[8][];
        for (int i = 0; i < live.length; i++) {
            live[i] = new byte[1 << 20];
        }
        System.gc();

        assertThatThrownBy(guard::check).isInstanceOf(ResourceLimitException.class)
                .hasMessageContaining("--max-memory").hasMessageContaining("nothing was written");
        java.lang.ref.Reference.reachabilityFence(live);
    }

    @Test
    void check_underCeiling_passes() {
        System.gc();

        assertThatCode(MemoryGuard.watching(Runtime.getRuntime().maxMemory())::check).doesNotThrowAnyException();
        assertThatCode(MemoryGuard.none()::check).doesNotThrowAnyException();
    }

    @Test
    void watching_nonPositiveCeiling_refused() {
        assertThatThrownBy(() -> MemoryGuard.watching(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--max-memory");
    }
}
