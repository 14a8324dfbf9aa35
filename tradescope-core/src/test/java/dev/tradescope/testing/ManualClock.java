package dev.tradescope.testing;

import dev.tradescope.resilience.Sleeper;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that only moves when told to; its sleeper advances it instead of sleeping, and it is a Bucket4j time meter. */
public final class ManualClock extends Clock implements TimeMeter {
    private final AtomicLong nanos;

    /** Builds a clock standing at the instant. */
    public ManualClock(Instant start) {
        this.nanos = new AtomicLong(start.getEpochSecond() * 1_000_000_000L + start.getNano());
    }

    /** Moves the clock forward. */
    public void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    /** Returns a sleeper that advances this clock instead of sleeping. */
    public Sleeper sleeper() {
        return this::advance;
    }

    @Override
    public Instant instant() {
        long n = nanos.get();
        return Instant.ofEpochSecond(Math.floorDiv(n, 1_000_000_000L), Math.floorMod(n, 1_000_000_000L));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public long currentTimeNanos() {
        return nanos.get();
    }

    @Override
    public boolean isWallClockBased() {
        return true;
    }
}
