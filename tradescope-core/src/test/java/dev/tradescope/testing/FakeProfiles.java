package dev.tradescope.testing;

import dev.tradescope.marketdata.CompanyProfile;
import dev.tradescope.marketdata.CompanyProfileRequest;
import dev.tradescope.marketdata.CompanyProfiles;
import dev.tradescope.marketdata.CompanyProfilesRequest;
import dev.tradescope.marketdata.DataKind;
import dev.tradescope.marketdata.MarketData;
import dev.tradescope.marketdata.MarketDataRequest;
import dev.tradescope.marketdata.MarketDataSource;
import dev.tradescope.marketdata.Provenance;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.support.FailureKind;
import dev.tradescope.support.Result;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An FMP-like profile source: answers profile lists (leaving out the symbols it does not know) and
 * single profiles ("{symbol} Corp.", Technology), and records every request it was asked, described.
 */
public final class FakeProfiles implements MarketDataSource {
    private final Clock clock;
    private final Set<String> unknown;
    private final List<String> asked = new CopyOnWriteArrayList<>();

    /** A source that knows every symbol but {@code unknown}. */
    public FakeProfiles(Clock clock, Set<String> unknown) {
        this.clock = clock;
        this.unknown = Set.copyOf(unknown);
    }

    /** Returns the requests asked so far, as {@link MarketDataRequest#describe()} gives them. */
    public List<String> asked() {
        return List.copyOf(asked);
    }

    @Override
    public ProviderId provider() {
        return ProviderId.FMP;
    }

    @Override
    public boolean supports(DataKind kind) {
        return kind == DataKind.COMPANY_PROFILE;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Result<MarketData<T>> fetch(MarketDataRequest<T> request) {
        asked.add(request.describe());
        Provenance fetched = Provenance.fetched(ProviderId.FMP, clock.instant(), Optional.empty());
        if (request instanceof CompanyProfilesRequest list) {
            Map<String, CompanyProfile> found = new HashMap<>();
            list.symbols().stream().filter(s -> !unknown.contains(s)).forEach(s -> found.put(s, profile(s)));
            return Result.ok((MarketData<T>) new MarketData<>(new CompanyProfiles(found), fetched));
        }
        String symbol = ((CompanyProfileRequest) request).symbol();
        return unknown.contains(symbol) ? Result.failed(FailureKind.NO_DATA, "fmp", symbol, "unknown symbol")
                : Result.ok((MarketData<T>) new MarketData<>(profile(symbol), fetched));
    }

    private static CompanyProfile profile(String symbol) {
        return new CompanyProfile(symbol, symbol + " Corp.", Optional.of("Technology"), Optional.empty(),
                OptionalDouble.empty(), Optional.empty());
    }
}
