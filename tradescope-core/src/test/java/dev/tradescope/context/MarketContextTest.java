package dev.tradescope.context;

import static dev.tradescope.context.Fixtures.closes;
import static dev.tradescope.context.Fixtures.d;
import static dev.tradescope.context.Fixtures.series;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.tradescope.marketdata.PriceSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class MarketContextTest {
    // The document's mapper settings (report.JsonSupport), rebuilt here.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module()).addModule(new JavaTimeModule())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final TradingWindow WINDOW = new TradingWindow(d("2025-01-06"), d("2025-01-10"), d("2025-01-10"));
    private static final PriceSeries SPY = closes("SPY", "2024-12-31=90", "2025-01-06=100", "2025-01-08=105",
            "2025-01-10=110");

    private static MarketContext context(int unmarkedPositions, boolean vix, boolean rates) {
        List<MarkToMarket> marks = new ArrayList<>();
        for (int i = 0; i < unmarkedPositions; i++) {
            marks.add(MarkToMarket.from(Fixtures.position("T" + i, "2025-01-06", OptionalDouble.of(10),
                    OptionalDouble.empty(), OptionalDouble.empty(), WINDOW.asOf()), Fixtures.noData("history T" + i),
                    WINDOW.asOf()));
        }
        marks.add(MarkToMarket.from(Fixtures.position("SPY", "2025-01-06", OptionalDouble.of(100),
                OptionalDouble.of(0.05), OptionalDouble.of(2), WINDOW.asOf()), Fixtures.ok(SPY), WINDOW.asOf()));
        ExcessReturnAggregator excess = ExcessReturnAggregator.of("SPY", SPY);
        excess.accept(TestTrades.closed("2025-01-06", "2025-01-08", "0.07"));
        return MarketContext.of(WINDOW,
                List.of(BenchmarkContext.from("SPY", Fixtures.ok(SPY), WINDOW),
                        BenchmarkContext.from("QQQ", Fixtures.noData("history QQQ"), WINDOW)),
                excess.snapshot(), marks,
                vix ? VolatilityRegime.from("^VIX", Fixtures.ok(closes("^VIX", "2025-01-10=22")), WINDOW)
                        : VolatilityRegime.from("^VIX", Fixtures.noData("history ^VIX"), WINDOW),
                rates ? RatesContext.from(series("FEDFUNDS", "2025-01-01=4.33"), series("DGS10", "2025-01-06=4.6"), WINDOW)
                        : RatesContext.from(Fixtures.noData("series FEDFUNDS"), Fixtures.noData("series DGS10"), WINDOW));
    }

    @Test
    void of_listsEachMissingPart_andPenalisesTwoHundredthsEach() {
        MarketContext context = context(1, true, true);

        assertThat(context.missing()).extracting(MissingItem::item)
                .containsExactly("benchmark QQQ", "open position T0 (line 7)");
        assertThat(context.confidencePenalty()).isEqualTo(0.04);
    }

    @Test
    void of_nothingMissing_costsNothing() {
        MarketContext context = MarketContext.of(WINDOW, List.of(BenchmarkContext.from("SPY", Fixtures.ok(SPY), WINDOW)),
                ExcessReturnAggregator.of("SPY", SPY).snapshot(), List.of(),
                VolatilityRegime.from("^VIX", Fixtures.ok(closes("^VIX", "2025-01-10=22")), WINDOW),
                RatesContext.from(series("FEDFUNDS", "2025-01-01=4.33"), series("DGS10", "2025-01-06=4.6"), WINDOW));

        assertThat(context.missing()).isEmpty();
        assertThat(context.confidencePenalty()).isZero();
    }

    @Test
    void confidencePenalty_isCappedAtOneTenth() {
        MarketContext four = context(0, false, false); // QQQ, VIX, FEDFUNDS, DGS10
        MarketContext five = context(1, false, false);
        MarketContext seven = context(3, false, false);

        assertThat(four.missing()).extracting(MissingItem::item)
                .containsExactly("benchmark QQQ", "volatility ^VIX", "rate FEDFUNDS", "rate DGS10");
        assertThat(four.confidencePenalty()).isEqualTo(0.08);
        assertThat(five.confidencePenalty()).isEqualTo(0.10);
        assertThat(seven.confidencePenalty()).isEqualTo(0.10);
    }

    @Test
    void withMissing_addsAnItemThatCountsTheSame() {
        MarketContext context = context(1, true, true).withMissing(new MissingItem("benchmark VTI", "timed out"));

        assertThat(context.missing()).hasSize(3);
        assertThat(context.confidencePenalty()).isEqualTo(0.06);
    }

    @Test
    void constructor_missingPartNotListed_isRejected() {
        MarketContext context = context(1, true, true);

        assertThatThrownBy(() -> new MarketContext(context.window(), context.benchmarks(), context.excessReturns(),
                context.openPositions(), context.volatility(), context.rates(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("benchmark QQQ");
    }

    @Test
    void json_snakeCaseShape_withNullsForEmptyValues() throws Exception {
        JsonNode json = MAPPER.valueToTree(context(1, false, true));

        assertThat(iterable(json.fieldNames())).containsExactly("window", "benchmarks", "excess_returns",
                "open_positions", "volatility", "rates", "missing");
        JsonNode spy = json.get("benchmarks").get(0);
        assertThat(iterable(spy.fieldNames())).containsExactly("symbol", "price_basis", "window", "year_to_date",
                "provenance", "unavailable");
        assertThat(iterable(spy.get("window").fieldNames())).containsExactly("start", "end", "total_return",
                "annualised_volatility", "max_drawdown", "bars");
        assertThat(spy.get("window").get("start").get("date").asText()).isEqualTo("2025-01-06");
        assertThat(spy.get("window").get("total_return").isNumber()).isTrue();
        assertThat(spy.get("provenance").get("market_date").asText()).isEqualTo("2025-01-10");
        JsonNode qqq = json.get("benchmarks").get(1);
        assertThat(qqq.get("window").get("total_return").isNull()).isTrue();
        assertThat(qqq.get("provenance").isNull()).isTrue();
        assertThat(json.get("excess_returns").get("trades").get("compared").asInt()).isEqualTo(1);
        assertThat(json.get("excess_returns").get("reason").isNull()).isTrue();
        assertThat(iterable(json.get("open_positions").get(0).fieldNames())).containsExactly("position", "close",
                "unrealised_return", "exported", "provenance", "unavailable");
        assertThat(json.get("open_positions").get(1).get("exported").get("days_since").asLong()).isEqualTo(2);
        assertThat(json.get("volatility").get("regime").isNull()).isTrue();
        assertThat(json.get("rates").get("fed_funds").get("latest").get("value").asDouble()).isEqualTo(4.33);
        assertThat(json.get("missing").get(0).get("item").asText()).isEqualTo("benchmark QQQ");
        assertThat(MAPPER.writeValueAsString(json)).doesNotContain("NaN").doesNotContain("Infinity");
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
