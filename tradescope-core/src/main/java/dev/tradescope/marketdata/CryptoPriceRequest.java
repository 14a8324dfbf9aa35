package dev.tradescope.marketdata;

import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Asks for the spot price and 24 h change of a crypto asset.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param coinId     the CoinGecko coin id, lower-case (for example {@code bitcoin})
 * @param vsCurrency the quote currency, lower-case (for example {@code usd})
 */
public record CryptoPriceRequest(String coinId, String vsCurrency) implements MarketDataRequest<CryptoPrice> {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9\\-]{0,63}");

    /** Normalises both ids to lower case and checks them. */
    public CryptoPriceRequest {
        coinId = check(coinId, "coin id");
        vsCurrency = check(vsCurrency, "currency");
    }

    private static String check(String raw, String what) {
        String value = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (!ID.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " '" + raw + "' is not valid: expected lower-case letters, digits or '-'");
        }
        return value;
    }

    @Override
    public DataKind kind() {
        return DataKind.CRYPTO_PRICE;
    }

    @Override
    public Class<CryptoPrice> answerType() {
        return CryptoPrice.class;
    }

    @Override
    public SortedMap<String, String> parameters() {
        SortedMap<String, String> p = new TreeMap<>();
        p.put("coin", coinId);
        p.put("vs", vsCurrency);
        return p;
    }

    @Override
    public String describe() {
        return "crypto " + coinId + "/" + vsCurrency;
    }
}
