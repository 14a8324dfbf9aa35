package dev.tradescope.config;

import dev.tradescope.marketdata.DataKind;
import dev.tradescope.marketdata.ProviderId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Holds how market data is fetched: offline or not, each provider's settings, the fallback chain
 * per data kind, the global limits and the HTTP client settings.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param offline   whether only local files may be read
 * @param providers the settings of every provider, one per {@link ProviderId}
 * @param chains    the providers tried in order for each data kind
 * @param limits    the limits over all providers
 * @param http      the shared HTTP client settings
 */
public record MarketDataSettings(boolean offline, Map<ProviderId, ProviderSettings> providers,
                                 Map<DataKind, List<ProviderId>> chains, GlobalLimits limits, HttpSettings http) {

    /** Copies the maps, fills missing providers and chains with their defaults, and checks the chains. */
    public MarketDataSettings {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(http, "http");
        providers = Collections.unmodifiableMap(completeProviders(providers));
        chains = Collections.unmodifiableMap(completeChains(chains));
    }

    /** Returns the defaults: online, every provider with its vendor defaults, the default chains. */
    public static MarketDataSettings defaults() {
        return new MarketDataSettings(false, Map.of(), Map.of(), GlobalLimits.defaults(), HttpSettings.defaults());
    }

    /** Returns the default fallback chain of a data kind. */
    public static List<ProviderId> defaultChain(DataKind kind) {
        return switch (kind) {
            case PRICE_HISTORY, QUOTE -> List.of(ProviderId.YAHOO, ProviderId.ALPHAVANTAGE, ProviderId.FMP, ProviderId.LOCAL);
            case COMPANY_PROFILE -> List.of(ProviderId.FMP, ProviderId.ALPHAVANTAGE, ProviderId.SECEDGAR);
            case ECONOMIC_SERIES -> List.of(ProviderId.FRED, ProviderId.LOCAL);
            case CRYPTO_PRICE -> List.of(ProviderId.COINGECKO);
            case IMF_INDICATOR -> List.of(ProviderId.IMF);
        };
    }

    /** Returns the settings of one provider. */
    public ProviderSettings provider(ProviderId id) {
        return providers.get(id);
    }

    /** Finds the API key of a provider. */
    public Optional<Secret> findApiKey(ProviderId id) {
        return providers.get(id).apiKey();
    }

    /** Returns a copy with offline set. */
    public MarketDataSettings withOffline(boolean on) {
        return new MarketDataSettings(on, providers, chains, limits, http);
    }

    /** Returns a copy with one provider's settings replaced. */
    public MarketDataSettings withProvider(ProviderSettings settings) {
        Map<ProviderId, ProviderSettings> copy = new EnumMap<>(providers);
        copy.put(settings.id(), settings);
        return new MarketDataSettings(offline, copy, chains, limits, http);
    }

    /** Returns a copy with other global limits. */
    public MarketDataSettings withLimits(GlobalLimits other) {
        return new MarketDataSettings(offline, providers, chains, other, http);
    }

    private static Map<ProviderId, ProviderSettings> completeProviders(Map<ProviderId, ProviderSettings> given) {
        Map<ProviderId, ProviderSettings> all = new EnumMap<>(ProviderId.class);
        for (ProviderId id : ProviderId.values()) {
            ProviderSettings s = given.getOrDefault(id, ProviderSettings.defaults(id));
            if (s.id() != id) {
                throw new IllegalArgumentException("providers." + id + ": settings of " + s.id() + " given");
            }
            all.put(id, s);
        }
        return all;
    }

    private static Map<DataKind, List<ProviderId>> completeChains(Map<DataKind, List<ProviderId>> given) {
        Map<DataKind, List<ProviderId>> routes = new EnumMap<>(DataKind.class);
        for (DataKind kind : DataKind.values()) {
            List<ProviderId> chain = List.copyOf(given.getOrDefault(kind, defaultChain(kind)));
            checkChain(kind, chain);
            routes.put(kind, chain);
        }
        return routes;
    }

    private static void checkChain(DataKind kind, List<ProviderId> chain) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("chains." + kind.id() + ": must name at least one provider, was []");
        }
        if (chain.stream().distinct().count() != chain.size()) {
            throw new IllegalArgumentException("chains." + kind.id() + ": must not name a provider twice, was " + chain);
        }
    }
}
