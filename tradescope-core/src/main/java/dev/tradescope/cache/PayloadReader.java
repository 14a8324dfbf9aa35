package dev.tradescope.cache;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.tradescope.marketdata.CompanyProfile;
import dev.tradescope.marketdata.DailyBar;
import dev.tradescope.marketdata.EconomicSeries;
import dev.tradescope.marketdata.MarketData;
import dev.tradescope.marketdata.Observation;
import dev.tradescope.marketdata.PriceSeries;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.marketdata.Provenance;
import dev.tradescope.support.IsoDates;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads the payloads of the answers a discovery reads from the cache, {@link PriceSeries},
 * {@link EconomicSeries} and {@link CompanyProfile}, with a streaming parser, for the common case: a
 * payload exactly as {@link PayloadCodec#encode} writes it. Anything else (an unknown or repeated field,
 * a missing one, a null, a value of another JSON type, a date not written as {@code YYYY-MM-DD}) is
 * declined, and the data-binding decoder reads the payload instead, with its own coercions and error
 * messages: so this reader gives the same answer as data binding or none.
 *
 * <p>Why: these are all that a warm discovery reads from the cache, the series most of it (hundreds of daily
 * bars each), and a run is too short for the JIT to repay data binding's general path, or even for
 * building its decoders: this one reads a bar with a few calls and parses its date without a formatter.
 */
final class PayloadReader {
    private static final JsonFactory JSON = new JsonFactory();

    private final JsonParser json;

    private PayloadReader(JsonParser json) {
        this.json = json;
    }

    /** Reads a one-bar payload, so that a run's first series finds the classes it needs loaded. */
    static void prepare() {
        read("{\"value\":{\"symbol\":\"SPY\",\"currency\":\"USD\",\"adjusted\":true,\"bars\":[{\"date\":"
                + "\"2025-07-31\",\"open\":1.5,\"high\":2.0,\"low\":1.0,\"close\":1.5,\"adjustedClose\":1.5,"
                + "\"volume\":100}]},\"provenance\":{\"provider\":\"YAHOO\",\"requestedAt\":"
                + "\"2025-07-31T20:00:00Z\",\"marketDate\":\"2025-07-31\",\"fromCache\":false,\"stale\":false,"
                + "\"age\":null}}", PriceSeries.class).orElseThrow();
    }

    /** Tells whether answers of this type have a reader here. */
    static boolean handles(Class<?> answerType) {
        return answerType == PriceSeries.class || answerType == EconomicSeries.class
                || answerType == CompanyProfile.class;
    }

    /**
     * Reads a payload of a type this class {@link #handles}; empty when the payload is not in the form
     * {@link PayloadCodec#encode} writes or does not make a valid answer.
     */
    static Optional<MarketData<?>> read(String payload, Class<?> answerType) {
        try (JsonParser parser = JSON.createParser(payload)) {
            PayloadReader reader = new PayloadReader(parser);
            MarketData<?> data = reader.marketData(answerType);
            return parser.nextToken() == null ? Optional.of(data) : Optional.empty();
        } catch (Declined | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private MarketData<?> marketData(Class<?> answerType) throws IOException, Declined {
        require(json.nextToken() == JsonToken.START_OBJECT);
        Object value = null;
        Provenance provenance = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            JsonToken token = json.nextToken();
            switch (name) {
                case "value" -> value = once(value, value(answerType, token));
                case "provenance" -> provenance = once(provenance, provenance(token));
                default -> throw Declined.INSTANCE;
            }
        }
        require(value != null && provenance != null);
        return new MarketData<>(value, provenance);
    }

    private Object value(Class<?> answerType, JsonToken start) throws IOException, Declined {
        if (answerType == PriceSeries.class) {
            return priceSeries(start);
        }
        return answerType == EconomicSeries.class ? economicSeries(start) : companyProfile(start);
    }

    private CompanyProfile companyProfile(JsonToken start) throws IOException, Declined {
        require(start == JsonToken.START_OBJECT);
        String symbol = null;
        String name = null;
        Optional<String> sector = null;
        Optional<String> industry = null;
        OptionalDouble marketCap = null;
        Optional<String> exchange = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken token = json.nextToken();
            switch (field) {
                case "symbol" -> symbol = once(symbol, text(token));
                case "name" -> name = once(name, text(token));
                case "sector" -> sector = once(sector, optionalText(token));
                case "industry" -> industry = once(industry, optionalText(token));
                case "marketCap" -> marketCap = once(marketCap,
                        token == JsonToken.VALUE_NULL ? OptionalDouble.empty() : OptionalDouble.of(number(token)));
                case "exchange" -> exchange = once(exchange, optionalText(token));
                default -> throw Declined.INSTANCE;
            }
        }
        require(symbol != null && name != null && sector != null && industry != null && marketCap != null
                && exchange != null);
        return new CompanyProfile(symbol, name, sector, industry, marketCap, exchange);
    }

    private PriceSeries priceSeries(JsonToken start) throws IOException, Declined {
        require(start == JsonToken.START_OBJECT);
        String symbol = null;
        String currency = null;
        Boolean adjusted = null;
        List<DailyBar> bars = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            JsonToken token = json.nextToken();
            switch (name) {
                case "symbol" -> symbol = once(symbol, text(token));
                case "currency" -> currency = once(currency, text(token));
                case "adjusted" -> adjusted = once(adjusted, bool(token));
                case "bars" -> bars = once(bars, bars(token));
                default -> throw Declined.INSTANCE;
            }
        }
        require(symbol != null && currency != null && adjusted != null && bars != null);
        return new PriceSeries(symbol, currency, adjusted, bars);
    }

    private List<DailyBar> bars(JsonToken start) throws IOException, Declined {
        require(start == JsonToken.START_ARRAY);
        List<DailyBar> bars = new ArrayList<>();
        JsonToken token;
        while ((token = json.nextToken()) == JsonToken.START_OBJECT) {
            bars.add(bar());
        }
        require(token == JsonToken.END_ARRAY);
        return bars;
    }

    // The seven fields of a bar, each exactly once, in any order.
    private DailyBar bar() throws IOException, Declined {
        LocalDate date = null;
        double open = 0;
        double high = 0;
        double low = 0;
        double close = 0;
        double adjustedClose = 0;
        long volume = 0;
        int seen = 0;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            JsonToken token = json.nextToken();
            int field;
            switch (name) {
                case "date" -> { field = 1; date = date(token); }
                case "open" -> { field = 2; open = number(token); }
                case "high" -> { field = 4; high = number(token); }
                case "low" -> { field = 8; low = number(token); }
                case "close" -> { field = 16; close = number(token); }
                case "adjustedClose" -> { field = 32; adjustedClose = number(token); }
                case "volume" -> { field = 64; volume = integer(token); }
                default -> throw Declined.INSTANCE;
            }
            require((seen & field) == 0);
            seen |= field;
        }
        require(seen == 127);
        return new DailyBar(date, open, high, low, close, adjustedClose, volume);
    }

    private EconomicSeries economicSeries(JsonToken start) throws IOException, Declined {
        require(start == JsonToken.START_OBJECT);
        String seriesId = null;
        List<Observation> observations = null;
        Long missingCount = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            JsonToken token = json.nextToken();
            switch (name) {
                case "seriesId" -> seriesId = once(seriesId, text(token));
                case "observations" -> observations = once(observations, observations(token));
                case "missingCount" -> missingCount = once(missingCount, integer(token));
                default -> throw Declined.INSTANCE;
            }
        }
        require(seriesId != null && observations != null && missingCount != null);
        return new EconomicSeries(seriesId, observations, Math.toIntExact(missingCount));
    }

    private List<Observation> observations(JsonToken start) throws IOException, Declined {
        require(start == JsonToken.START_ARRAY);
        List<Observation> observations = new ArrayList<>();
        JsonToken token;
        while ((token = json.nextToken()) == JsonToken.START_OBJECT) {
            LocalDate date = null;
            Double value = null;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                JsonToken field = json.nextToken();
                switch (name) {
                    case "date" -> date = once(date, date(field));
                    case "value" -> value = once(value, number(field));
                    default -> throw Declined.INSTANCE;
                }
            }
            require(date != null && value != null);
            observations.add(new Observation(date, value));
        }
        require(token == JsonToken.END_ARRAY);
        return observations;
    }

    private Provenance provenance(JsonToken start) throws IOException, Declined {
        require(start == JsonToken.START_OBJECT);
        ProviderId provider = null;
        Instant requestedAt = null;
        Optional<LocalDate> marketDate = null;
        Boolean fromCache = null;
        Boolean stale = null;
        Optional<Duration> age = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            JsonToken token = json.nextToken();
            switch (name) {
                case "provider" -> provider = once(provider, ProviderId.valueOf(text(token)));
                case "requestedAt" -> requestedAt = once(requestedAt, Instant.parse(text(token)));
                case "marketDate" -> marketDate = once(marketDate,
                        token == JsonToken.VALUE_NULL ? Optional.empty() : Optional.of(date(token)));
                case "fromCache" -> fromCache = once(fromCache, bool(token));
                case "stale" -> stale = once(stale, bool(token));
                case "age" -> age = once(age,
                        token == JsonToken.VALUE_NULL ? Optional.empty() : Optional.of(Duration.parse(text(token))));
                default -> throw Declined.INSTANCE;
            }
        }
        require(provider != null && requestedAt != null && marketDate != null && fromCache != null && stale != null
                && age != null);
        return new Provenance(provider, requestedAt, marketDate, fromCache, stale, age);
    }

    private String text(JsonToken token) throws IOException, Declined {
        require(token == JsonToken.VALUE_STRING);
        return json.getText();
    }

    private Optional<String> optionalText(JsonToken token) throws IOException, Declined {
        return token == JsonToken.VALUE_NULL ? Optional.empty() : Optional.of(text(token));
    }

    private static Boolean bool(JsonToken token) throws Declined {
        require(token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE);
        return token == JsonToken.VALUE_TRUE;
    }

    private double number(JsonToken token) throws IOException, Declined {
        require(token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT);
        return json.getDoubleValue();
    }

    private long integer(JsonToken token) throws IOException, Declined {
        require(token == JsonToken.VALUE_NUMBER_INT);
        return json.getLongValue();
    }

    // YYYY-MM-DD only, as LocalDate writes a date of years 0 to 9999; anything else is declined (IsoDates
    // throws a DateTimeException, which read() takes as a decline).
    private LocalDate date(JsonToken token) throws IOException, Declined {
        return IsoDates.parse(text(token));
    }

    private static <T> T once(T previous, T value) throws Declined {
        require(previous == null);
        return value;
    }

    private static void require(boolean condition) throws Declined {
        if (!condition) {
            throw Declined.INSTANCE;
        }
    }

    /** Leaves the streaming reader for data binding; shared and without a stack trace, as it is not an error. */
    private static final class Declined extends Exception {
        private static final long serialVersionUID = 1L;
        static final Declined INSTANCE = new Declined();

        private Declined() {
            super("declined", null, false, false);
        }
    }
}
