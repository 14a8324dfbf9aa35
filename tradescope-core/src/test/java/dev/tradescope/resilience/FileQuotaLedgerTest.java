package dev.tradescope.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradescope.marketdata.ProviderId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileQuotaLedgerTest {
    private static final LocalDate DAY = LocalDate.of(2025, 7, 31);

    @TempDir
    Path dir;

    @Test
    void tryUse_countsUpToTheLimitAndRefusesAfter() {
        FileQuotaLedger ledger = new FileQuotaLedger(dir);

        assertThat(ledger.tryUse(ProviderId.FMP, DAY, 2)).isTrue();
        assertThat(ledger.tryUse(ProviderId.FMP, DAY, 2)).isTrue();
        assertThat(ledger.tryUse(ProviderId.FMP, DAY, 2)).isFalse();
        assertThat(ledger.used(ProviderId.FMP, DAY)).isEqualTo(2);
        assertThat(ledger.used(ProviderId.FRED, DAY)).isZero();
    }

    @Test
    void used_isKeptInAFileThatAnotherLedgerReads() throws IOException {
        new FileQuotaLedger(dir).tryUse(ProviderId.FMP, DAY, 10);

        assertThat(Files.readString(dir.resolve("fmp.json"))).isEqualTo("{\"date\":\"2025-07-31\",\"used\":1}");
        assertThat(new FileQuotaLedger(dir).used(ProviderId.FMP, DAY)).isEqualTo(1);
        assertThat(new FileQuotaLedger(dir).used(ProviderId.FMP, DAY.plusDays(1))).isZero();
    }

    @Test
    void used_readsTheFieldsInAnyOrderAndIgnoresOthers() throws IOException {
        Files.writeString(dir.resolve("fmp.json"),
                "{\"note\":{\"a\":[1,2]},\"used\":7,\"extra\":[],\"date\":\"2025-07-31\"}", StandardCharsets.UTF_8);

        assertThat(new FileQuotaLedger(dir).used(ProviderId.FMP, DAY)).isEqualTo(7);
    }

    @Test
    void used_countsAnUnreadableOrForeignFileAsZero() throws IOException {
        FileQuotaLedger ledger = new FileQuotaLedger(dir);
        Files.writeString(dir.resolve("fmp.json"), "{\"date\":\"2025-07-31\",\"used\":", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("fred.json"), "[1, 2]", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("yahoo.json"), "{\"date\":\"2025-07-31\",\"used\":-4}", StandardCharsets.UTF_8);

        assertThat(ledger.used(ProviderId.FMP, DAY)).isZero();
        assertThat(ledger.used(ProviderId.FRED, DAY)).isZero();
        assertThat(ledger.used(ProviderId.YAHOO, DAY)).isZero();
        assertThat(ledger.tryUse(ProviderId.FMP, DAY, 5)).isTrue();
        assertThat(ledger.used(ProviderId.FMP, DAY)).isEqualTo(1);
    }

    @Test
    void tryUse_fromSeveralThreadsAndLedgersNeverGrantsMoreThanTheLimit() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> grants = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                FileQuotaLedger ledger = new FileQuotaLedger(dir); // one per call: as separate processes would
                grants.add(pool.submit(() -> ledger.tryUse(ProviderId.FMP, DAY, 25)));
            }
            long granted = 0;
            for (Future<Boolean> grant : grants) {
                granted += grant.get() ? 1 : 0;
            }
            assertThat(granted).isEqualTo(25);
            assertThat(new FileQuotaLedger(dir).used(ProviderId.FMP, DAY)).isEqualTo(25);
        } finally {
            pool.shutdownNow();
        }
    }
}
