package dev.tradescope.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Holds the cache configuration ({@code cache.*} in {@code tradescope.yaml}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param dir              the disk cache root; empty means {@code <workspace>/data/cache}
 * @param memorySizeBytes  the weight bound of the memory tier
 * @param diskSizeBytes    the size bound of the disk tier
 * @param redisUri         the Redis tier's URI ({@code redis://} or {@code rediss://}), if enabled
 * @param maxStale         how old an expired entry may be and still be served when a fetch fails
 * @param ttlOverrides     TTLs by TTL-class id that replace the defaults
 */
public record CacheSettings(Optional<Path> dir, long memorySizeBytes, long diskSizeBytes, Optional<URI> redisUri,
                            Duration maxStale, Map<String, Duration> ttlOverrides) {

    /** The default weight bound of the memory tier: 64 MB. */
    public static final long DEFAULT_MEMORY_SIZE_BYTES = 64L * 1024 * 1024;
    /** The default size bound of the disk tier: 512 MB. */
    public static final long DEFAULT_DISK_SIZE_BYTES = 512L * 1024 * 1024;
    /** The default bound on serving stale entries: 7 days. */
    public static final Duration DEFAULT_MAX_STALE = Duration.ofDays(7);

    /** Validates the bounds and copies the overrides. */
    public CacheSettings {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(redisUri, "redisUri");
        Objects.requireNonNull(maxStale, "maxStale");
        if (memorySizeBytes <= 0) {
            throw new IllegalArgumentException("cache.memory-size: must be positive, was " + memorySizeBytes);
        }
        if (diskSizeBytes <= 0) {
            throw new IllegalArgumentException("cache.disk-size: must be positive, was " + diskSizeBytes);
        }
        if (maxStale.isNegative()) {
            throw new IllegalArgumentException("cache.max-stale: must not be negative, was " + maxStale);
        }
        redisUri.ifPresent(uri -> {
            if (!"redis".equals(uri.getScheme()) && !"rediss".equals(uri.getScheme())) {
                throw new IllegalArgumentException("cache.redis.uri: must start with redis:// or rediss://, was "
                        + uri.getScheme() + "://…");
            }
        });
        ttlOverrides = Map.copyOf(ttlOverrides);
    }

    /** Returns the defaults: disk cache in the workspace, 64 MB memory, 512 MB disk, no Redis. */
    public static CacheSettings defaults() {
        return new CacheSettings(Optional.empty(), DEFAULT_MEMORY_SIZE_BYTES, DEFAULT_DISK_SIZE_BYTES,
                Optional.empty(), DEFAULT_MAX_STALE, Map.of());
    }

    /** Returns the disk cache root for a workspace: the configured directory, else {@code <workspace>/data/cache}. */
    public Path resolveDir(Path workspace) {
        return dir.map(d -> d.isAbsolute() ? d : workspace.resolve(d)).orElse(workspace.resolve("data/cache"))
                .toAbsolutePath().normalize();
    }
}
