package dev.tradescope.context;

import static dev.tradescope.context.Fixtures.closes;
import static dev.tradescope.context.Fixtures.d;
import static dev.tradescope.context.Fixtures.data;
import static dev.tradescope.context.Fixtures.position;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tradescope.marketdata.DailyBar;
import dev.tradescope.marketdata.PriceSeries;
import dev.tradescope.trade.stats.ActivePosition;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class MarkToMarketTest {
    private static final LocalDate AS_OF = d("2025-08-02"); // a Saturday
    private static final PriceSeries AAPL = closes("AAPL", "2025-07-28=200", "2025-07-29=210", "2025-07-31=220");

    private static ActivePosition aapl(String entry, OptionalDouble price) {
        return position("AAPL", entry, price, OptionalDouble.of(0.05), OptionalDouble.of(20), AS_OF);
    }

    @Test
    void of_marksAtCloseOnOrBeforeAsOf_besideExportSnapshot() {
        MarkToMarket mark = MarkToMarket.of(aapl("2025-07-01", OptionalDouble.of(200)), data(AAPL), AS_OF);

        assertThat(mark.close()).contains(new PricePoint(d("2025-07-31"), 220));
        assertThat(mark.unrealisedReturn().getAsDouble()).isCloseTo(0.10, within(1e-12));
        assertThat(mark.exported()).isEqualTo(new ExportedSnapshot(OptionalDouble.of(0.05),
                java.util.Optional.of(d("2025-07-21")), OptionalLong.of(12)));
        assertThat(mark.position()).isEqualTo(new OpenPosition("AAPL", "AAPL-1", 7, d("2025-07-01"), OptionalDouble.of(200)));
        assertThat(mark.provenance()).isPresent();
        assertThat(mark.unavailable()).isEmpty();
        assertThat(mark.findMissing()).isEmpty();
    }

    @Test
    void of_fractionalExportedDays_dropsTheFraction() {
        ActivePosition position = position("AAPL", "2025-07-01", OptionalDouble.of(200), OptionalDouble.empty(),
                OptionalDouble.of(20.7), AS_OF);

        MarkToMarket mark = MarkToMarket.of(position, data(AAPL), AS_OF);

        assertThat(mark.exported().date()).contains(d("2025-07-21"));
        assertThat(mark.exported().unrealisedReturn()).isEmpty();
    }

    @Test
    void of_noExportedDays_leavesSnapshotDateEmpty() {
        ActivePosition position = position("AAPL", "2025-07-01", OptionalDouble.of(200), OptionalDouble.of(0.05),
                OptionalDouble.empty(), AS_OF);

        MarkToMarket mark = MarkToMarket.of(position, data(AAPL), AS_OF);

        assertThat(mark.exported().date()).isEmpty();
        assertThat(mark.exported().daysSince()).isEmpty();
        assertThat(mark.findMissing()).isEmpty();
    }

    @Test
    void of_usesTradedCloseEvenWhenSeriesIsAdjusted() {
        PriceSeries adjusted = new PriceSeries("AAPL", "USD", true,
                List.of(new DailyBar(d("2025-07-31"), 220, 220, 220, 220, 215, 0)));

        MarkToMarket mark = MarkToMarket.of(aapl("2025-07-01", OptionalDouble.of(200)), data(adjusted), AS_OF);

        assertThat(mark.close()).contains(new PricePoint(d("2025-07-31"), 220));
    }

    @Test
    void of_noEntryPrice_keepsCloseButIsUnmarked() {
        MarkToMarket mark = MarkToMarket.of(aapl("2025-07-01", OptionalDouble.empty()), data(AAPL), AS_OF);

        assertThat(mark.close()).isPresent();
        assertThat(mark.unrealisedReturn()).isEmpty();
        assertThat(mark.findMissing()).contains(new MissingItem("open position AAPL (line 7)",
                "the export has no positive entry price"));
    }

    @Test
    void of_closeLongBeforeAsOf_isUnmarked() {
        LocalDate later = d("2025-08-15");
        ActivePosition position = position("AAPL", "2025-07-01", OptionalDouble.of(200), OptionalDouble.of(0.05),
                OptionalDouble.of(20), later);

        MarkToMarket mark = MarkToMarket.of(position, data(AAPL), later);

        assertThat(mark.close()).isEmpty();
        assertThat(mark.findMissing().orElseThrow().reason()).contains("2025-07-31").contains("15 days earlier");
    }

    @Test
    void of_closeBeforeEntry_isUnmarked() {
        MarkToMarket mark = MarkToMarket.of(aapl("2025-08-01", OptionalDouble.of(200)), data(AAPL), AS_OF);

        assertThat(mark.close()).isEmpty();
        assertThat(mark.findMissing().orElseThrow().reason()).contains("before the entry on 2025-08-01");
    }

    @Test
    void from_failedAnswer_isUnmarkedWithTheFailure() {
        MarkToMarket mark = MarkToMarket.from(aapl("2025-07-01", OptionalDouble.of(200)),
                Fixtures.noData("history AAPL"), AS_OF);

        assertThat(mark.close()).isEmpty();
        assertThat(mark.provenance()).isEmpty();
        assertThat(mark.exported().daysSince()).hasValue(12);
        assertThat(mark.findMissing().orElseThrow().reason()).isEqualTo("local history AAPL: no data (no file)");
    }
}
