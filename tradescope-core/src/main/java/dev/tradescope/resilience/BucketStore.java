package dev.tradescope.resilience;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;

/** Holds the rate-limit buckets: in this process ({@link LocalBucketStore}) or shared in Redis ({@link RedisBucketStore}). */
public interface BucketStore extends AutoCloseable {

    /** Returns the bucket with this name, created with the configuration on first use. */
    Bucket bucket(String name, BucketConfiguration configuration);

    /** Releases connections, if any. */
    @Override
    void close();
}
