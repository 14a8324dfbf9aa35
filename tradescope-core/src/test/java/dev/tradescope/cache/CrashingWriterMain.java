package dev.tradescope.cache;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/**
 * Writes entries to a disk cache in a loop until killed. Each payload is a pure function of its
 * symbol and version, so a reader can tell whether a valid-looking entry holds the right bytes.
 * Touches {@code <ready-file>} after its first write.
 */
public final class CrashingWriterMain {
    static final int KEYS = 16;

    private CrashingWriterMain() {
    }

    /** Returns the payload of a symbol's version: the bytes a valid entry must hold. */
    static String payloadOf(String symbol, long version) {
        int pad = (int) ((version * 7919) % 40) * 1024;
        return "{\"symbol\":\"" + symbol + "\",\"version\":" + version + ",\"pad\":\"" + "x".repeat(pad) + "\"}";
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path ready = Path.of(args[1]);
        long seed = Long.parseLong(args[2]);
        DiskCacheTier disk = new DiskCacheTier(root, Long.MAX_VALUE / 4, Clock.systemUTC(), new CacheStats());
        Random random = new Random(seed);
        for (long n = 0; ; n++) {
            String symbol = "K" + random.nextInt(KEYS);
            long version = seed * 1_000_000 + n;
            Instant now = Instant.now();
            disk.put(Samples.entry(Samples.quoteKey(symbol), payloadOf(symbol, version), now, Duration.ofDays(1)));
            if (n == 0) {
                Files.writeString(ready, "ready");
            }
        }
    }
}
