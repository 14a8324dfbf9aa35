package dev.tradescope.research;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps sector names as written in file names and settings ({@code technology}, {@code finance},
 * {@code HEALTHCARE}, {@code communication_services}, …) to GICS sector names and the pseudo-sectors
 * used for funds and other assets.
 */
final class SectorNames {

    /** The eleven GICS sectors. */
    static final List<String> GICS = List.of("Communication Services", "Consumer Discretionary", "Consumer Staples",
            "Energy", "Financials", "Health Care", "Industrials", "Information Technology", "Materials",
            "Real Estate", "Utilities");
    /** Pseudo-sector of broad equity index funds (SPY, QQQ, VTI, IWM, …). */
    static final String BROAD_MARKET = "Broad Market";
    /** Pseudo-sectors of other shipped assets. */
    static final List<String> PSEUDO = List.of(BROAD_MARKET, "Fixed Income", "Commodities", "Digital Assets",
            "International Equity", "Volatility");

    private static final Map<String, String> ALIASES = aliases();

    private SectorNames() {
    }

    private static Map<String, String> aliases() {
        Map<String, String> aliases = new HashMap<>();
        for (String name : GICS) {
            aliases.put(squash(name), name);
        }
        for (String name : PSEUDO) {
            aliases.put(squash(name), name);
        }
        alias(aliases, "Communication Services", "communication", "communications", "telecom", "telecommunications",
                "telecommunication services", "media", "communication service");
        alias(aliases, "Consumer Discretionary", "discretionary", "consumer cyclical", "consumer cyclicals");
        alias(aliases, "Consumer Staples", "staples", "consumer defensive");
        alias(aliases, "Financials", "finance", "financial", "financial services", "banks");
        alias(aliases, "Health Care", "healthcare", "health");
        alias(aliases, "Industrials", "industrial");
        alias(aliases, "Information Technology", "technology", "tech", "it", "info tech");
        alias(aliases, "Materials", "basic materials", "material");
        alias(aliases, "Real Estate", "realestate", "reit", "reits");
        alias(aliases, "Utilities", "utility");
        alias(aliases, "Broad Market", "market", "broad");
        alias(aliases, "Digital Assets", "crypto", "cryptocurrency");
        return Map.copyOf(aliases);
    }

    private static void alias(Map<String, String> aliases, String sector, String... names) {
        for (String name : names) {
            aliases.put(squash(name), sector);
        }
    }

    // lower case, no separators: "Health_Care", "health-care", "HEALTHCARE" all become "healthcare"
    private static String squash(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            } else if (c == '&') {
                out.append("and");
            }
        }
        return out.toString();
    }

    /** Returns the canonical sector name of {@code name}, if it is a known sector or alias. */
    static Optional<String> findCanonical(String name) {
        String squashed = squash(name);
        if (squashed.endsWith("sector") && squashed.length() > "sector".length()) {
            squashed = squashed.substring(0, squashed.length() - "sector".length());
        }
        return Optional.ofNullable(ALIASES.get(squashed));
    }

    /** Returns the canonical name of a known sector, or the name as written (trimmed) for a user's own sector. */
    static String canonicalOrAsWritten(String name) {
        return findCanonical(name).orElse(name.strip());
    }

    /** Returns the key a sector note file name part is filed under: the canonical name, or the lower-case name. */
    static Optional<String> noteKey(String namePart) {
        return Optional.of(findCanonical(namePart).orElse(namePart.toLowerCase(Locale.ROOT)));
    }
}
