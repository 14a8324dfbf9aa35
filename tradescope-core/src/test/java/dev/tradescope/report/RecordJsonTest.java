package dev.tradescope.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.tradescope.config.ResearchSettings;
import dev.tradescope.context.PricePoint;
import dev.tradescope.context.WindowPerformance;
import dev.tradescope.discovery.Discovery;
import dev.tradescope.discovery.DiscoveryEnvironment;
import dev.tradescope.discovery.DiscoveryRequest;
import dev.tradescope.discovery.DiscoveryResult;
import dev.tradescope.discovery.MarketDataAccess;
import dev.tradescope.discovery.MemoryGuard;
import dev.tradescope.discovery.Progress;
import dev.tradescope.discovery.RunSettings;
import dev.tradescope.discovery.Timeframe;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.marketdata.Provenance;
import dev.tradescope.marketdata.local.LocalFileSource;
import dev.tradescope.research.PriorDiscovery;
import dev.tradescope.testing.DemoWorkspace;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

/**
 * Checks that {@link RecordJson} writes every record section of a document as the data-binding mapper
 * that wrote them before it did, configured here as it was (snake_case, rounding module, Java time and
 * optional modules, enums by {@code toString}).
 */
class RecordJsonTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-08-01T08:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper DATA_BINDING = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .addModule(rounding())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
            .build();

    @Example
    void theDemosSections_areWrittenAsDataBindingWroteThem() throws IOException {
        DiscoveryResult demo = discoverDemo();

        for (Object section : List.of(demo.research().localDataIntegration(), demo.research().fundamentalIntegration(),
                demo.research().sectorAnalysis(), demo.market())) {
            assertThat(recordJson(section)).isEqualTo(DATA_BINDING.writeValueAsString(section)).hasSizeGreaterThan(500);
        }
        assertThat(recordJson(demo.market())).contains("\"benchmarks\":[{\"symbol\":\"SPY\"", "\"total_return\":");
    }

    @Example
    void durationsInstantsOptionalsAndNonFiniteNumbers_areWrittenAsDataBindingWroteThem() throws IOException {
        Provenance fetched = Provenance.fetched(ProviderId.FRED, Instant.parse("2026-12-02T07:37:15.738386915Z"),
                Optional.of(LocalDate.of(2025, 7, 31)));
        List<Object> values = List.of(fetched,
                fetched.withCacheServe(Duration.ofSeconds(1436, 53_373_818), true),
                fetched.withCacheServe(Duration.ofSeconds(90), false),
                fetched.withCacheServe(Duration.ZERO, false),
                new PriorDiscovery("data/outputs/x.json", "2025-07-31T10:00:00Z", 42, true, false, "why"),
                new WindowPerformance(Optional.of(new PricePoint(LocalDate.of(2025, 1, 2), 100.123456789)),
                        Optional.empty(), OptionalDouble.of(Double.NaN), OptionalDouble.empty(),
                        OptionalDouble.of(-0.0000004), 12),
                Map.of("only", List.of(Optional.of(1.5), Optional.empty(), Double.POSITIVE_INFINITY, 1e-7, 123456789.5)));
        for (Object value : values) {
            assertThat(recordJson(value)).isEqualTo(DATA_BINDING.writeValueAsString(value));
        }
    }

    @Property
    void componentNames_translateAsDataBindingsSnakeCase(
            @ForAll @StringLength(min = 1, max = 20) @AlphaChars @NumericChars @Chars('_') String name) {
        assertThat(RecordJson.snakeCase(name))
                .isEqualTo(new PropertyNamingStrategies.SnakeCaseStrategy().translate(name));
    }

    @Example
    void aTypeWithoutAChosenForm_isRefused() {
        record Odd(float ratio) {
        }
        record Keyed(Map<Integer, String> byNumber) {
        }

        assertThatThrownBy(() -> recordJson(new Odd(1.5f))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Float");
        assertThatThrownBy(() -> recordJson(new Keyed(Map.of(1, "a")))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("map key java.lang.Integer");
    }

    @Example
    void prepare_looksUpTheDocumentsTypesWithoutFailing() {
        DiscoveryDocument.prepare();
        RecordJson.prepare(List.of(dev.tradescope.context.MarketContext.class));
    }

    private static String recordJson(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator gen = new JsonFactory().createGenerator(out)) {
            gen.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
            RecordJson.write(gen, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static DiscoveryResult discoverDemo() {
        Path workspace = DemoWorkspace.path();
        DiscoveryEnvironment env = new DiscoveryEnvironment(CLOCK, ResearchSettings.defaults(), "test",
                MarketDataAccess.localOnly(new LocalFileSource(workspace, CLOCK)), RunSettings.defaults(),
                MemoryGuard.none(), Progress.NONE);
        return new Discovery(env).run(List.of(new DiscoveryRequest("demo_portfolio", workspace,
                LocalDate.of(2025, 7, 31), Timeframe.ALL, Optional.empty()))).results().get(0);
    }

    // The module the document's mapper had: doubles rounded to 6 places, non-finite ones as null.
    private static SimpleModule rounding() {
        SimpleModule module = new SimpleModule("rounding");
        JsonSerializer<Double> rounded = new StdSerializer<>(Double.class) {
            @Override
            public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                JsonSupport.writeRounded(value, gen);
            }
        };
        module.addSerializer(Double.class, rounded);
        module.addSerializer(Double.TYPE, rounded);
        module.addSerializer(OptionalDouble.class, new StdSerializer<>(OptionalDouble.class) {
            @Override
            public void serialize(OptionalDouble value, JsonGenerator gen, SerializerProvider provider)
                    throws IOException {
                JsonSupport.writeRounded(value.isPresent() ? value.getAsDouble() : Double.NaN, gen);
            }
        });
        return module;
    }
}
