package dev.tradescope.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.tradescope.marketdata.CompanyProfile;
import dev.tradescope.marketdata.DailyBar;
import dev.tradescope.marketdata.EconomicSeries;
import dev.tradescope.marketdata.MarketData;
import dev.tradescope.marketdata.Observation;
import dev.tradescope.marketdata.PriceSeries;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.marketdata.Provenance;
import dev.tradescope.marketdata.Quote;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class PayloadReaderTest {
    private static final Instant AT = Instant.parse("2026-03-10T15:00:00.123456789Z");

    @Property
    void priceSeries_readsWhatTheCodecWrites_asDataBindingDoes(@ForAll long seed) {
        MarketData<PriceSeries> data = new MarketData<>(prices(new Random(seed)), provenance(new Random(seed + 1)));
        String payload = PayloadCodec.encode(data);

        assertThat(PayloadReader.read(payload, PriceSeries.class)).contains(data);
        assertThat(dataBinding(payload, PriceSeries.class)).isEqualTo(data);
    }

    @Property
    void economicSeries_readsWhatTheCodecWrites_asDataBindingDoes(@ForAll long seed) {
        Random random = new Random(seed);
        List<Observation> observations = new ArrayList<>();
        LocalDate date = LocalDate.of(1950 + random.nextInt(100), 1 + random.nextInt(12), 1);
        for (int i = random.nextInt(40); i > 0; i--) {
            date = date.plusDays(1 + random.nextInt(40));
            observations.add(new Observation(date, (random.nextDouble() - 0.3) * Math.pow(10, random.nextInt(12) - 4)));
        }
        MarketData<EconomicSeries> data = new MarketData<>(new EconomicSeries("DGS10", observations,
                random.nextInt(5)), provenance(random));
        String payload = PayloadCodec.encode(data);

        assertThat(PayloadReader.read(payload, EconomicSeries.class)).contains(data);
        assertThat(dataBinding(payload, EconomicSeries.class)).isEqualTo(data);
    }

    @Property
    void companyProfile_readsWhatTheCodecWrites_asDataBindingDoes(@ForAll long seed) {
        MarketData<CompanyProfile> data = new MarketData<>(profile(new Random(seed)), provenance(new Random(seed + 1)));
        String payload = PayloadCodec.encode(data);

        assertThat(PayloadReader.read(payload, CompanyProfile.class)).contains(data);
        assertThat(dataBinding(payload, CompanyProfile.class)).isEqualTo(data);
    }

    @Property
    void anEditedProfile_isReadAsDataBindingReadsIt_orDeclined(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 7) int edit) {
        Random random = new Random(seed);
        String written = PayloadCodec.encode(new MarketData<>(profile(random), provenance(random)));
        String payload = switch (edit) {
            case 0 -> written.replaceFirst("\"marketCap\":[^,]+", "\"marketCap\":1500000000");
            case 1 -> written.replaceFirst("\"marketCap\":[^,]+", "\"marketCap\":\"1.5E9\"");
            case 2 -> written.replaceFirst("\"sector\":(null|\"[^\"]*\")", "\"sector\":7");
            case 3 -> written.replaceFirst("\"industry\":(null|\"[^\"]*\")", "\"industry\":\"\"");
            case 4 -> written.replaceFirst("\"name\":\"[^\"]*\",", "");
            case 5 -> written.replaceFirst("\"exchange\":(null|\"[^\"]*\")", "\"exchange\":null,\"cik\":\"1\"");
            case 6 -> written.replaceFirst("\"symbol\":\"[^\"]*\"", "\"symbol\":null");
            default -> written;
        };

        Object bound = dataBinding(payload, CompanyProfile.class);
        PayloadReader.read(payload, CompanyProfile.class).ifPresent(data -> assertThat(data).isEqualTo(bound));
    }

    // Whatever is done to a payload, the reader gives data binding's answer or declines (data binding then reads it).
    @Property
    void anEditedPayload_isReadAsDataBindingReadsIt_orDeclined(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 21) int edit) {
        Random random = new Random(seed);
        String payload = edit(PayloadCodec.encode(new MarketData<>(prices(random), provenance(random))), edit);

        Optional<MarketData<?>> read = PayloadReader.read(payload, PriceSeries.class);

        Object bound = dataBinding(payload, PriceSeries.class);
        read.ifPresent(data -> assertThat(data).isEqualTo(bound));
        Object decoded;
        try {
            decoded = PayloadCodec.decode(payload, PriceSeries.class);
        } catch (CorruptEntryException e) {
            decoded = "not read: " + e.getClass().getSimpleName();
        }
        assertThat(decoded).as("the codec's answer").isEqualTo(bound instanceof MarketData ? bound
                : "not read: CorruptEntryException");
    }

    @Example
    void payloadsNotInTheCodecsForm_areDeclined() {
        String payload = PayloadCodec.encode(new MarketData<>(prices(new Random(7)), provenance(new Random(8))));
        for (int edit : new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}) {
            assertThat(PayloadReader.read(edit(payload, edit), PriceSeries.class)).as("edit " + edit).isEmpty();
        }
    }

    @Example
    void aPayloadOfAnotherAnswerType_isDeclined() {
        String quote = PayloadCodec.encode(new MarketData<>(new Quote("SPY", 1, OptionalDouble.empty(), "USD", AT),
                Provenance.fetched(ProviderId.YAHOO, AT, Optional.empty())));
        String prices = PayloadCodec.encode(new MarketData<>(prices(new Random(3)), provenance(new Random(4))));

        assertThat(PayloadReader.read(quote, PriceSeries.class)).isEmpty();
        assertThat(PayloadReader.read(prices, EconomicSeries.class)).isEmpty();
        assertThat(PayloadReader.read(prices, CompanyProfile.class)).isEmpty();
    }

    @Example
    void prepare_readsItsSample() {
        assertThatCode(PayloadReader::prepare).doesNotThrowAnyException();
    }

    // Edits 0-9 take the payload out of the codec's form; the others keep it valid or break it outright.
    private static String edit(String payload, int edit) {
        return switch (edit) {
            case 0 -> payload.replaceFirst("\"volume\":(\\d+)", "\"volume\":$1.0");
            case 1 -> payload.replaceFirst("\"date\":\"([-0-9]{10})\"", "\"date\":\"$1T00:00:00\"");
            case 2 -> payload.replaceFirst("\"open\":", "\"note\":1,\"open\":");
            case 3 -> payload.replaceFirst("\"high\":[^,]+,", "");
            case 4 -> payload.replaceFirst("\"currency\":\"[^\"]*\"", "\"currency\":null");
            case 5 -> payload.replaceFirst("\"low\":([^,]+)", "\"low\":\"$1\"");
            case 6 -> payload.replaceFirst("\"provider\":\"([A-Z]+)\"", "\"provider\":\"yahoo\"");
            case 7 -> payload.replaceFirst("\"symbol\":", "\"symbol\":\"X\",\"symbol\":");
            case 8 -> payload.replaceFirst("\"adjusted\":(true|false)", "\"adjusted\":1");
            case 9 -> payload.replaceFirst("\\{\"value\"", "{\"kind\":\"prices\",\"value\"");
            case 10 -> payload + " ";
            case 11 -> payload.replaceFirst("\"stale\":false", "\"stale\":true");
            case 12 -> payload.replaceFirst("\"date\":\"(\\d{4})-\\d\\d-", "\"date\":\"$1-13-");
            case 13 -> payload.replaceFirst("\"close\":[^,]+", "\"close\":-1");
            case 14 -> payload.replaceFirst("\"bars\":\\[", "\"bars\":[{},");
            case 15 -> payload.substring(0, payload.length() / 2);
            case 16 -> payload.replaceFirst("\"requestedAt\":\"[^\"]+\"", "\"requestedAt\":\"yesterday\"");
            case 17 -> payload.replaceFirst("\"age\":null", "\"age\":\"PT90M\"");
            case 18 -> payload.replaceFirst("\"marketDate\":(null|\"[^\"]+\")", "\"marketDate\":\"2025-02-30\"");
            case 19 -> payload.replace("\"bars\":[", "\"bars\":[ ").replace(",", " , ");
            case 20 -> payload.replaceFirst("\"volume\":\\d+", "\"volume\":99999999999999999999");
            default -> payload.replaceFirst("\\[\\{", "[{\"date\":\"2000-01-01\",\"open\":1,\"high\":1,\"low\":1,"
                    + "\"close\":1,\"adjustedClose\":1,\"volume\":0},{");
        };
    }

    private static PriceSeries prices(Random random) {
        List<DailyBar> bars = new ArrayList<>();
        LocalDate date = LocalDate.of(1 + random.nextInt(9998), 1 + random.nextInt(12), 1 + random.nextInt(28));
        for (int i = 1 + random.nextInt(30); i > 0 && date.getYear() < 9999; i--) {
            double close = Math.abs(random.nextGaussian()) * Math.pow(10, random.nextInt(9) - 2) + Double.MIN_VALUE;
            bars.add(new DailyBar(date, close * 1.01, close * 1.02, close * 0.99, close, close * random.nextDouble()
                    + Double.MIN_VALUE, random.nextBoolean() ? random.nextInt(1_000_000) : Math.abs(random.nextLong())));
            date = date.plusDays(1 + random.nextInt(4));
        }
        return new PriceSeries(random.nextBoolean() ? "SPY" : "^VIX", random.nextBoolean() ? "USD" : "",
                random.nextBoolean(), bars);
    }

    private static CompanyProfile profile(Random random) {
        return new CompanyProfile(random.nextBoolean() ? "AAPL" : "BRK.B", random.nextBoolean() ? "Apple Inc." : "",
                optional(random, "Information Technology"), optional(random, "Consumer Electronics"),
                random.nextBoolean() ? OptionalDouble.of(Math.abs(random.nextGaussian()) * Math.pow(10, random.nextInt(14)))
                        : OptionalDouble.empty(), optional(random, "NASDAQ"));
    }

    private static Optional<String> optional(Random random, String value) {
        return random.nextBoolean() ? Optional.of(value) : Optional.empty();
    }

    private static Provenance provenance(Random random) {
        ProviderId provider = ProviderId.values()[random.nextInt(ProviderId.values().length)];
        Optional<LocalDate> marketDate = random.nextBoolean() ? Optional.of(LocalDate.of(2025, 7, 31))
                : Optional.empty();
        Provenance fetched = Provenance.fetched(provider, AT.minusSeconds(random.nextInt(1_000_000)), marketDate);
        return random.nextBoolean() ? fetched
                : fetched.withCacheServe(Duration.ofMillis(random.nextInt(Integer.MAX_VALUE)), random.nextBoolean());
    }

    private static Object dataBinding(String payload, Class<?> answerType) {
        try {
            return PayloadCodec.mapper().readValue(payload,
                    PayloadCodec.mapper().getTypeFactory().constructParametricType(MarketData.class, answerType));
        } catch (Exception e) {
            return "not read: " + e.getClass().getSimpleName();
        }
    }
}
