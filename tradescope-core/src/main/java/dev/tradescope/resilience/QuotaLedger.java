package dev.tradescope.resilience;

import dev.tradescope.marketdata.ProviderId;
import java.time.LocalDate;

/**
 * Counts the calls made to each provider per calendar day (UTC), persisted so that a per-day quota
 * holds across runs: in the cache directory ({@link FileQuotaLedger}) or in Redis ({@link RedisQuotaLedger}).
 */
public interface QuotaLedger extends AutoCloseable {

    /** Counts one call if fewer than {@code limit} were made that day; tells whether it was counted. */
    boolean tryUse(ProviderId provider, LocalDate day, long limit);

    /** Returns how many calls were counted that day. */
    long used(ProviderId provider, LocalDate day);

    /** Releases connections, if any. */
    @Override
    void close();
}
