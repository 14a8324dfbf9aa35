package dev.tradescope.marketdata;

import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Asks for an IMF DataMapper indicator (for example {@code NGDP_RPCH}) for one country.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param indicator the indicator code (upper-cased)
 * @param country   the ISO 3166 alpha-3 country code (upper-cased)
 */
public record ImfIndicatorRequest(String indicator, String country) implements MarketDataRequest<ImfIndicator> {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{2,40}");

    /** Normalises both codes and checks them. */
    public ImfIndicatorRequest {
        indicator = check(indicator, "indicator");
        country = check(country, "country");
    }

    private static String check(String raw, String what) {
        String value = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " '" + raw + "' is not valid: expected letters, digits or '_'");
        }
        return value;
    }

    @Override
    public DataKind kind() {
        return DataKind.IMF_INDICATOR;
    }

    @Override
    public Class<ImfIndicator> answerType() {
        return ImfIndicator.class;
    }

    @Override
    public SortedMap<String, String> parameters() {
        SortedMap<String, String> p = new TreeMap<>();
        p.put("country", country);
        p.put("indicator", indicator);
        return p;
    }

    @Override
    public String describe() {
        return "imf " + indicator + " " + country;
    }
}
