package dev.tradescope.config;

import dev.tradescope.marketdata.DataKind;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.support.InvalidInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import java.util.stream.Collectors;

/** Turns the YAML tree of one configuration file into settings records, naming the key and line of every bad value. */
final class ConfigReader {
    private static final List<String> TOP = List.of("offline", "providers", "chains", "limits", "http", "cache",
            "research", "sectors");
    private static final List<String> PROVIDER = List.of("enabled", "base-url", "api-key", "user-agent", "limits", "timeout");
    private static final List<String> PROVIDER_LIMITS = List.of("per-second", "per-minute", "per-day", "max-in-flight");
    private static final List<String> LIMITS = List.of("calls-per-minute", "max-in-flight", "max-wait", "retry-attempts");
    private static final List<String> HTTP = List.of("connect-timeout", "user-agent");
    private static final List<String> CACHE = List.of("dir", "memory-size", "disk-size", "redis", "max-stale", "ttl");
    private static final List<String> RESEARCH = List.of("freshness", "prior-discovery-window");

    private final String file;

    ConfigReader(String file) {
        this.file = file;
    }

    TradescopeConfig read(YamlNode root, Optional<Path> origin) {
        YamlNode top = section(root);
        allow(top, TOP);
        return checked(top, () -> new TradescopeConfig(marketData(top), cache(child(top, "cache")),
                research(top), origin));
    }

    private MarketDataSettings marketData(YamlNode top) {
        boolean offline = optional(top, "offline").map(this::bool).orElse(false);
        return new MarketDataSettings(offline, providers(child(top, "providers")), chains(child(top, "chains")),
                limits(child(top, "limits")), http(child(top, "http")));
    }

    private Map<ProviderId, ProviderSettings> providers(YamlNode section) {
        Map<ProviderId, ProviderSettings> all = new EnumMap<>(ProviderId.class);
        section.fields().forEach((name, node) -> {
            ProviderId id = providerId(node, name);
            all.put(id, provider(ProviderSettings.defaults(id), section(node)));
        });
        return all;
    }

    private ProviderSettings provider(ProviderSettings defaults, YamlNode node) {
        allow(node, PROVIDER);
        ProviderSettings s = defaults;
        s = s.withEnabled(optional(node, "enabled").map(this::bool).orElse(s.enabled()));
        s = s.withBaseUrl(optional(node, "base-url").map(this::httpUrl).orElse(s.baseUrl()));
        s = s.withApiKey(optional(node, "api-key").map(this::text).filter(t -> !t.isBlank()).map(Secret::new));
        s = s.withUserAgent(optional(node, "user-agent").map(this::text).filter(t -> !t.isBlank()));
        s = s.withTimeout(optional(node, "timeout").map(this::positiveDuration).orElse(s.timeout()));
        YamlNode limitsNode = child(node, "limits");
        RateLimits base = s.limits();
        return s.withLimits(checked(limitsNode, () -> providerLimits(base, limitsNode)));
    }

    private RateLimits providerLimits(RateLimits base, YamlNode node) {
        allow(node, PROVIDER_LIMITS);
        RateLimits l = base;
        l = l.withPerSecond(limit(node, "per-second", l.perSecond()));
        l = l.withPerMinute(limit(node, "per-minute", l.perMinute()));
        l = l.withPerDay(limit(node, "per-day", l.perDay()));
        return l.withMaxInFlight(optional(node, "max-in-flight").map(this::positiveInt).orElse(l.maxInFlight()));
    }

    // A limit may be a positive number, or "none"/null to lift the default.
    private OptionalLong limit(YamlNode node, String name, OptionalLong fallback) {
        Optional<YamlNode> value = optional(node, name);
        if (value.isEmpty()) {
            return fallback;
        }
        String text = value.get().text();
        if (value.get().shape() == YamlNode.Shape.SCALAR && (text == null || "none".equalsIgnoreCase(text.strip()))) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(positiveInt(value.get()));
    }

    private Map<DataKind, List<ProviderId>> chains(YamlNode section) {
        Map<DataKind, List<ProviderId>> chains = new EnumMap<>(DataKind.class);
        section.fields().forEach((name, node) -> {
            DataKind kind = DataKind.findById(name).orElseThrow(() -> bad(node, "a data kind ("
                    + Arrays.stream(DataKind.values()).map(DataKind::id).collect(Collectors.joining(", ")) + ")", name));
            if (node.shape() != YamlNode.Shape.LIST || node.items().isEmpty()) {
                throw bad(node, "a non-empty list of provider ids", node.shown());
            }
            List<ProviderId> ids = new ArrayList<>();
            node.items().forEach(item -> ids.add(providerId(item, text(item))));
            chains.put(kind, checked(node, () -> checkChain(kind, ids)));
        });
        return chains;
    }

    private static List<ProviderId> checkChain(DataKind kind, List<ProviderId> ids) {
        if (ids.stream().distinct().count() != ids.size()) {
            throw new IllegalArgumentException("chains." + kind.id() + ": must not name a provider twice, was " + ids);
        }
        return ids;
    }

    private GlobalLimits limits(YamlNode node) {
        allow(node, LIMITS);
        GlobalLimits d = GlobalLimits.defaults();
        return checked(node, () -> new GlobalLimits(
                optional(node, "calls-per-minute").map(this::positiveInt).orElse(d.callsPerMinute()),
                optional(node, "max-in-flight").map(this::positiveInt).orElse(d.maxInFlight()),
                optional(node, "max-wait").map(this::duration).orElse(d.maxWait()),
                optional(node, "retry-attempts").map(this::positiveInt).orElse(d.retryAttempts())));
    }

    private HttpSettings http(YamlNode node) {
        allow(node, HTTP);
        HttpSettings d = HttpSettings.defaults();
        return checked(node, () -> new HttpSettings(
                optional(node, "connect-timeout").map(this::positiveDuration).orElse(d.connectTimeout()),
                optional(node, "user-agent").map(this::text).orElse(d.userAgent())));
    }

    private CacheSettings cache(YamlNode node) {
        allow(node, CACHE);
        CacheSettings d = CacheSettings.defaults();
        YamlNode redis = child(node, "redis");
        allow(redis, List.of("uri", "namespace"));
        Map<String, Duration> ttl = new LinkedHashMap<>();
        child(node, "ttl").fields().forEach((name, value) -> ttl.put(name, duration(value)));
        return checked(node, () -> new CacheSettings(optional(node, "dir").map(this::path),
                optional(node, "memory-size").map(this::size).orElse(d.memorySizeBytes()),
                optional(node, "disk-size").map(this::size).orElse(d.diskSizeBytes()),
                optional(redis, "uri").map(this::redisUri), optional(redis, "namespace").map(this::text),
                optional(node, "max-stale").map(this::duration).orElse(d.maxStale()), ttl));
    }

    private ResearchSettings research(YamlNode top) {
        YamlNode node = child(top, "research");
        allow(node, RESEARCH);
        ResearchSettings d = ResearchSettings.defaults();
        Map<String, String> sectors = new LinkedHashMap<>();
        child(top, "sectors").fields().forEach((ticker, value) -> sectors.put(ticker, nonBlank(value)));
        return checked(node, () -> new ResearchSettings(
                optional(node, "freshness").map(this::positiveDuration).orElse(d.freshness()),
                optional(node, "prior-discovery-window").map(this::duration).orElse(d.priorDiscoveryWindow()),
                sectors));
    }

    // --- value readers: each names what is allowed and the value it was given

    private ProviderId providerId(YamlNode node, String name) {
        return ProviderId.findById(name == null ? "" : name.strip()).orElseThrow(() -> bad(node, "a provider id ("
                + Arrays.stream(ProviderId.values()).map(ProviderId::id).collect(Collectors.joining(", ")) + ")",
                "'" + name + "'"));
    }

    private boolean bool(YamlNode node) {
        String t = scalar(node, "true or false").toLowerCase(Locale.ROOT);
        if (!t.equals("true") && !t.equals("false")) {
            throw bad(node, "true or false", node.shown());
        }
        return Boolean.parseBoolean(t);
    }

    private int positiveInt(YamlNode node) {
        String t = scalar(node, "a positive whole number");
        try {
            int value = Integer.parseInt(t);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(node, "a positive whole number", node.shown());
    }

    private Duration duration(YamlNode node) {
        String allowed = "a duration such as 500ms, 30s, 5m, 2h or 7d";
        return ConfigValues.parseDuration(scalar(node, allowed)).orElseThrow(() -> bad(node, allowed, node.shown()));
    }

    private Duration positiveDuration(YamlNode node) {
        Duration d = duration(node);
        if (d.isZero() || d.isNegative()) {
            throw bad(node, "a positive duration such as 30s, 5m, 2h or 7d", node.shown());
        }
        return d;
    }

    private long size(YamlNode node) {
        String allowed = "a positive size such as 512KB, 64MB or 2GB";
        OptionalLong bytes = ConfigValues.parseSize(scalar(node, allowed));
        if (bytes.isEmpty() || bytes.getAsLong() <= 0) {
            throw bad(node, allowed, node.shown());
        }
        return bytes.getAsLong();
    }

    private URI httpUrl(YamlNode node) {
        String allowed = "an http:// or https:// URL";
        try {
            URI uri = new URI(scalar(node, allowed).strip());
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw bad(node, allowed, node.shown());
    }

    private URI redisUri(YamlNode node) {
        String allowed = "a redis:// or rediss:// URI";
        try {
            URI uri = new URI(scalar(node, allowed).strip());
            if ("redis".equals(uri.getScheme()) || "rediss".equals(uri.getScheme())) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        // never echo a URI that may hold a password
        throw bad(node, allowed, "a value of another form");
    }

    private Path path(YamlNode node) {
        try {
            return Path.of(scalar(node, "a directory path"));
        } catch (InvalidPathException e) {
            throw bad(node, "a directory path", node.shown());
        }
    }

    private String nonBlank(YamlNode node) {
        String t = scalar(node, "a non-blank text");
        if (t.isBlank()) {
            throw bad(node, "a non-blank text", node.shown());
        }
        return t;
    }

    private String text(YamlNode node) {
        return scalar(node, "a text");
    }

    private String scalar(YamlNode node, String allowed) {
        if (node.shape() != YamlNode.Shape.SCALAR || node.text() == null) {
            throw bad(node, allowed, node.shown());
        }
        return node.text();
    }

    // --- structure

    private YamlNode section(YamlNode node) {
        if (node.shape() != YamlNode.Shape.MAP) {
            throw bad(node, "a map of keys", node.shown());
        }
        return node;
    }

    private YamlNode child(YamlNode parent, String name) {
        YamlNode node = parent.fields().get(name);
        if (node == null || node.shape() == YamlNode.Shape.SCALAR && node.text() == null) {
            return YamlNode.emptyMap(parent.key().isEmpty() ? name : parent.key() + "." + name);
        }
        return section(node);
    }

    private static Optional<YamlNode> optional(YamlNode parent, String name) {
        return Optional.ofNullable(parent.fields().get(name));
    }

    private void allow(YamlNode node, List<String> allowed) {
        Set<String> known = Set.copyOf(allowed);
        node.fields().forEach((name, child) -> {
            if (!known.contains(name)) {
                String where = node.key().isEmpty() ? "" : node.key() + ".";
                throw new InvalidInputException(at(child) + where + name + ": unknown key; allowed here: "
                        + String.join(", ", allowed) + ", was '" + name + "'");
            }
        });
    }

    private <T> T checked(YamlNode node, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(at(node) + e.getMessage(), e);
        }
    }

    private InvalidInputException bad(YamlNode node, String allowed, String was) {
        return new InvalidInputException(at(node) + node.key() + ": " + allowed + ", was " + was);
    }

    private String at(YamlNode node) {
        return node.line() > 0 ? file + ":" + node.line() + ": " : file + ": ";
    }

}
