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
 * @param redisNamespace   the Redis tier's namespace, shared by every workspace that names it; empty means one
 *                         namespace per workspace (by its path)
 * @param maxStale         how old an expired entry may be and still be served when a fetch fails
 * @param ttlOverrides     TTLs by TTL-class id that replace the defaults
 */
public record CacheSettings(Optional<Path> dir, long memorySizeBytes, long diskSizeBytes, Optional<URI> redisUri,
                            Optional<String> redisNamespace, Duration maxStale, Map<String, Duration> ttlOverrides) {

    /** The default weight bound of the memory tier: 64 MB. */
    public static final long DEFAULT_MEMORY_SIZE_BYTES = 64L * 1024 * 1024;
    /** The default size bound of the disk tier: 512 MB. */
    public static final long DEFAULT_DISK_SIZE_BYTES = 512L * 1024 * 1024;
    /** What a Redis namespace may be made of. */
    public static final String NAMESPACE_PATTERN = "[A-Za-z0-9._-]{1,64}";
    /** The default bound on serving stale entries: 7 days. */
    public static final Duration DEFAULT_MAX_STALE = Duration.ofDays(7);

    /** Validates the bounds and copies the overrides. */
    public CacheSettings {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(redisUri, "redisUri");
        Objects.requireNonNull(redisNamespace, "redisNamespace");
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
        redisNamespace.filter(n -> !n.matches(NAMESPACE_PATTERN)).ifPresent(n -> {
            throw new IllegalArgumentException("cache.redis.namespace: 1 to 64 letters, digits, '.', '_' or '-', was '"
                    + n + "'");
        });
        ttlOverrides = Map.copyOf(ttlOverrides);
    }

    /** Returns the defaults: disk cache in the workspace, 64 MB memory, 512 MB disk, no Redis. */
    public static CacheSettings defaults() {
        return new CacheSettings(Optional.empty(), DEFAULT_MEMORY_SIZE_BYTES, DEFAULT_DISK_SIZE_BYTES,
                Optional.empty(), Optional.empty(), DEFAULT_MAX_STALE, Map.of());
    }

    /** Returns the disk cache root for a workspace: the configured directory, else {@code <workspace>/data/cache}. */
    public Path resolveDir(Path workspace) {
        return dir.map(d -> d.isAbsolute() ? d : workspace.resolve(d)).orElse(workspace.resolve("data/cache"))
                .toAbsolutePath().normalize();
    }
}
