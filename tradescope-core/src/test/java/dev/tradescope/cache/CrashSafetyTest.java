package dev.tradescope.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills child JVMs that write entries with SIGKILL at random points, many times (system property
 * {@code cache.kill.count}, default 200), two writers at a time on the same keys; then checks that
 * no entry reads as valid with wrong data and every valid entry is byte-identical to what was written.
 */
@Tag("process")
class CrashSafetyTest {
    private static final Pattern VERSION = Pattern.compile("\\{\"symbol\":\"(K\\d+)\",\"version\":(\\d+),");
    @TempDir
    Path dir;

    @Test
    void sigkilledWriters_leaveNoValidLookingWrongEntry() throws Exception {
        int kills = Integer.getInteger("cache.kill.count", 200);
        Path root = dir.resolve("cache");
        Random random = new Random(42);
        long started = System.nanoTime();
        Process[] current = startPair(root, 0);
        for (int round = 0; round < kills; round += 2) {
            awaitReady(round);
            awaitReady(round + 1);
            // the next pair boots while this one writes, so JVM start-up overlaps the writing
            Process[] next = round + 2 < kills ? startPair(root, round + 2) : null;
            Thread.sleep(random.nextInt(30));
            current[0].destroyForcibly();
            Thread.sleep(random.nextInt(5));
            current[1].destroyForcibly();
            assertThat(current[0].waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(current[1].waitFor(10, TimeUnit.SECONDS)).isTrue();
            current = next;
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

        VerifyReport report = new CacheMaintenance(root, Clock.systemUTC()).verify(false);
        assertThat(report.problems()).as("entries that do not verify after %d kills", kills).isEmpty();
        assertThat(report.checked()).isPositive();
        DiskCacheTier disk = new DiskCacheTier(root, Long.MAX_VALUE / 4, Clock.systemUTC(), new CacheStats());
        int checked = 0;
        for (int k = 0; k < CrashingWriterMain.KEYS; k++) {
            CacheKey key = Samples.quoteKey("K" + k);
            var entry = disk.find(key);
            if (entry.isPresent()) {
                Matcher m = VERSION.matcher(entry.get().payload());
                assertThat(m.lookingAt()).as("payload of %s", key).isTrue();
                assertThat(m.group(1)).isEqualTo("K" + k);
                assertThat(entry.get().payload()).isEqualTo(CrashingWriterMain.payloadOf(m.group(1),
                        Long.parseLong(m.group(2))));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(report.checked());
        System.out.printf("%d SIGKILLs in %d s; %d entries valid and byte-identical; %d leftover temp files%n",
                kills, seconds, checked, new DiskLayout(root).listTempFiles().size());
    }

    private Process[] startPair(Path root, int index) throws Exception {
        return new Process[] {startWriter(root, index), startWriter(root, index + 1)};
    }

    private Process startWriter(Path root, int index) throws Exception {
        return ChildJvm.start(CrashingWriterMain.class, dir.resolve("writer.log"), root.toString(),
                dir.resolve("ready-" + index).toString(), String.valueOf(index + 1));
    }

    private void awaitReady(int index) throws InterruptedException {
        Path ready = dir.resolve("ready-" + index);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(ready) && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        assertThat(ready).as("writer %d started", index).exists();
    }
}
