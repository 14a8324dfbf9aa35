package dev.tradescope.marketdata;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Asks for several companies' profiles in one call, from a provider whose API takes a list of
 * symbols ({@link MarketDataSource#maxBatch}). The answer holds the profiles found; each is cached
 * under its own {@link CompanyProfileRequest} key, never under the batch's.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param symbols the tickers (upper-cased, distinct, sorted)
 */
public record CompanyProfilesRequest(List<String> symbols) implements MarketDataRequest<CompanyProfiles> {

    /** Normalises, de-duplicates and sorts the symbols; there must be at least one. */
    public CompanyProfilesRequest {
        symbols = symbols.stream().map(s -> Symbols.normalise(s, "symbol")).distinct().sorted().toList();
        if (symbols.isEmpty()) {
            throw new IllegalArgumentException("a profiles request needs at least one symbol");
        }
    }

    @Override
    public DataKind kind() {
        return DataKind.COMPANY_PROFILE;
    }

    @Override
    public Class<CompanyProfiles> answerType() {
        return CompanyProfiles.class;
    }

    @Override
    public SortedMap<String, String> parameters() {
        return new TreeMap<>(java.util.Map.of("symbols", String.join(",", symbols)));
    }

    @Override
    public String describe() {
        return "profiles " + String.join(",", symbols);
    }
}
