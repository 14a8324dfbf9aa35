package dev.tradescope.cache;

import dev.tradescope.marketdata.ProviderId;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what {@code cache clean} removes. The filters combine: {@code --expired --provider yahoo}
 * removes the expired entries of Yahoo only; {@code --all} removes every entry (of the provider, if
 * given); without a provider also the quarantine, temp files older than an hour and unused key locks.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param expired   remove entries past their expiry
 * @param provider  remove only entries of this provider
 * @param olderThan remove entries stored longer ago than this
 * @param all       remove every entry
 * @param dryRun    list what would be removed without removing it
 */
public record CleanRequest(boolean expired, Optional<ProviderId> provider, Optional<Duration> olderThan, boolean all,
                           boolean dryRun) {
    private static final Pattern AGE = Pattern.compile("(\\d{1,9})([dhms])");

    /** Checks that something was selected. */
    public CleanRequest {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(olderThan, "olderThan");
        if (!expired && !all && provider.isEmpty() && olderThan.isEmpty()) {
            throw new IllegalArgumentException("nothing to clean: choose --expired, --older-than, --provider or --all");
        }
    }

    /** Parses an age such as {@code 7d}, {@code 12h}, {@code 30m} or {@code 45s}. */
    public static Duration parseAge(String text) {
        Matcher matcher = AGE.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("--older-than: expected a number and a unit d, h, m or s "
                    + "(for example 7d, 12h, 30m), was '" + text + "'");
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "d" -> Duration.ofDays(amount);
            case "h" -> Duration.ofHours(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofSeconds(amount);
        };
    }
}
