package dev.tradescope.discovery;

import dev.tradescope.marketdata.CompanyProfile;
import dev.tradescope.marketdata.ProviderId;
import java.util.Objects;
import java.util.Optional;

/**
 * Says where a ticker's fundamentals come from: its local note, a provider's company profile
 * (for tickers without a note), or nowhere, and why.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param ticker   the ticker
 * @param source   {@code local_note}, {@code provider_profile} or {@code none}
 * @param file     the note file, for a local note
 * @param provider the provider of the profile, and whether it came from the cache
 * @param profile  the profile, for a provider profile
 * @param reason   why there is none
 */
public record TickerFundamentals(String ticker, String source, Optional<String> file, Optional<ProviderId> provider,
                                 Optional<CompanyProfile> profile, Optional<String> reason) {
    /** The source of a ticker with a local fundamental note. */
    public static final String LOCAL_NOTE = "local_note";
    /** The source of a ticker whose profile came from a provider. */
    public static final String PROVIDER_PROFILE = "provider_profile";
    /** The source of a ticker with neither. */
    public static final String NONE = "none";

    /** Validates that every component is present. */
    public TickerFundamentals {
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(reason, "reason");
    }
}
