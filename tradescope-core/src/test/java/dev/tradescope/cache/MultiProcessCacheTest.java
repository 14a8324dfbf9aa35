package dev.tradescope.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradescope.marketdata.Quote;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs 2 and 4 processes that read and write overlapping keys of one cache for a while (system
 * property {@code cache.multiprocess.seconds}, default 4): no corrupt entry, no two fetches of one
 * key at one time, and the entry left for each key is the one its last fetch stored (no lost update).
 */
@Tag("process")
class MultiProcessCacheTest {
    @TempDir
    Path dir;

    private record Fetch(String symbol, long start, long end, long price) {
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4})
    void processesSharingKeys_neverCorruptNorFetchOneKeyTwiceAtOnce(int processes) throws Exception {
        long seconds = Long.getLong("cache.multiprocess.seconds", 4);
        Path root = dir.resolve("cache");
        List<Process> workers = new ArrayList<>();
        for (int i = 1; i <= processes; i++) {
            workers.add(ChildJvm.start(SharedCacheWorkerMain.class, dir.resolve("out-" + i + ".txt"), root.toString(),
                    dir.resolve("log-" + i + ".txt").toString(), String.valueOf(i), String.valueOf(seconds)));
        }
        for (Process worker : workers) {
            assertThat(worker.waitFor(seconds + 60, TimeUnit.SECONDS)).isTrue();
            assertThat(worker.exitValue()).isZero();
        }
        List<Fetch> fetches = new ArrayList<>();
        for (int i = 1; i <= processes; i++) {
            List<String> lines = Files.readAllLines(dir.resolve("log-" + i + ".txt"));
            assertThat(lines).noneMatch(l -> l.startsWith("bad")).anyMatch(l -> l.startsWith("done"));
            lines.stream().filter(l -> l.startsWith("fetch ")).map(l -> l.split(" "))
                    .forEach(p -> fetches.add(new Fetch(p[1], Long.parseLong(p[2]), Long.parseLong(p[3]),
                            Long.parseLong(p[4]))));
        }
        assertThat(fetches).hasSizeGreaterThan(SharedCacheWorkerMain.KEYS);
        Map<String, List<Fetch>> bySymbol = new HashMap<>();
        fetches.forEach(f -> bySymbol.computeIfAbsent(f.symbol(), s -> new ArrayList<>()).add(f));
        DiskCacheTier disk = new DiskCacheTier(root, 1 << 26, Clock.systemUTC(), new CacheStats());
        bySymbol.forEach((symbol, list) -> {
            list.sort(Comparator.comparingLong(Fetch::start));
            for (int i = 1; i < list.size(); i++) {
                assertThat(list.get(i).start()).as("fetch of %s started before the previous one ended", symbol)
                        .isGreaterThan(list.get(i - 1).end());
            }
            CacheEntry stored = disk.find(Samples.quoteKey(symbol)).orElseThrow();
            Quote quote = PayloadCodec.decode(stored.payload(), Quote.class).value();
            assertThat((long) quote.price()).as("entry of %s is its last fetch", symbol)
                    .isEqualTo(list.get(list.size() - 1).price());
        });
        assertThat(new CacheMaintenance(root, Clock.systemUTC()).verify(false).problems()).isEmpty();
        System.out.printf("%d processes for %d s: %d fetches of %d keys%n", processes, seconds, fetches.size(),
                bySymbol.size());
    }
}
