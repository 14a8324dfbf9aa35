package dev.tradescope.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.tradescope.marketdata.DataKind;
import dev.tradescope.marketdata.ProviderId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/** Prints the effective configuration in the shape of {@code tradescope.yaml}, secrets masked as {@code ****}. */
public final class ConfigPrinter {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
    private static final ObjectMapper JSON = new ObjectMapper();

    private ConfigPrinter() {
    }

    /** Returns the effective configuration as YAML text; no secret appears in it, not even in part. */
    public static String printYaml(TradescopeConfig config) {
        return write(YAML, config);
    }

    /** Returns the effective configuration as pretty JSON text; no secret appears in it. */
    public static String printJson(TradescopeConfig config) {
        return write(JSON, config);
    }

    /** Returns the effective configuration as a tree of maps, lists and scalars, secrets masked. */
    public static Map<String, Object> toTree(TradescopeConfig config) {
        Map<String, Object> root = new LinkedHashMap<>();
        MarketDataSettings m = config.marketData();
        root.put("offline", m.offline());
        Map<String, Object> providers = new LinkedHashMap<>();
        for (ProviderId id : ProviderId.values()) {
            providers.put(id.id(), provider(m.provider(id)));
        }
        root.put("providers", providers);
        Map<String, Object> chains = new LinkedHashMap<>();
        for (DataKind kind : DataKind.values()) {
            chains.put(kind.id(), m.chains().get(kind).stream().map(ProviderId::id).toList());
        }
        root.put("chains", chains);
        root.put("limits", limits(m.limits()));
        root.put("http", Map.of("connect-timeout", ConfigValues.formatDuration(m.http().connectTimeout()),
                "user-agent", m.http().userAgent()));
        root.put("cache", cache(config.cache()));
        root.put("research", Map.of("freshness", ConfigValues.formatDuration(config.research().freshness()),
                "prior-discovery-window", ConfigValues.formatDuration(config.research().priorDiscoveryWindow())));
        root.put("sectors", config.research().sectorOverrides());
        return root;
    }

    private static Map<String, Object> provider(ProviderSettings s) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("enabled", s.enabled());
        p.put("base-url", s.baseUrl().toString());
        p.put("api-key", s.apiKey().map(Secret::toString).orElse("(not set)"));
        s.userAgent().ifPresent(agent -> p.put("user-agent", agent));
        Map<String, Object> limits = new LinkedHashMap<>();
        limits.put("per-second", shown(s.limits().perSecond()));
        limits.put("per-minute", shown(s.limits().perMinute()));
        limits.put("per-day", shown(s.limits().perDay()));
        limits.put("max-in-flight", s.limits().maxInFlight());
        p.put("limits", limits);
        p.put("timeout", ConfigValues.formatDuration(s.timeout()));
        return p;
    }

    private static Map<String, Object> limits(GlobalLimits l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("calls-per-minute", l.callsPerMinute());
        m.put("max-in-flight", l.maxInFlight());
        m.put("max-wait", ConfigValues.formatDuration(l.maxWait()));
        m.put("retry-attempts", l.retryAttempts());
        return m;
    }

    private static Map<String, Object> cache(CacheSettings c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dir", c.dir().map(Object::toString).orElse("(workspace)/data/cache"));
        m.put("memory-size", ConfigValues.formatSize(c.memorySizeBytes()));
        m.put("disk-size", ConfigValues.formatSize(c.diskSizeBytes()));
        Map<String, Object> redis = new LinkedHashMap<>();
        redis.put("uri", c.redisUri().map(uri -> maskUserInfo(uri.toString(), uri.getRawUserInfo())).orElse("(not set)"));
        redis.put("namespace", c.redisNamespace().orElse("(one per workspace)"));
        m.put("redis", redis);
        m.put("max-stale", ConfigValues.formatDuration(c.maxStale()));
        Map<String, Object> ttl = new LinkedHashMap<>();
        c.ttlOverrides().forEach((k, v) -> ttl.put(k, ConfigValues.formatDuration(v)));
        m.put("ttl", ttl);
        return m;
    }

    // A Redis URI may carry a password: show ****@ in place of the user info.
    private static String maskUserInfo(String uri, String userInfo) {
        return userInfo == null ? uri : uri.replace(userInfo + "@", Secret.MASK + "@");
    }

    private static Object shown(OptionalLong value) {
        return value.isPresent() ? (Object) value.getAsLong() : "none";
    }

    private static String write(ObjectMapper mapper, TradescopeConfig config) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(toTree(config));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot print the configuration", e);
        }
    }
}
