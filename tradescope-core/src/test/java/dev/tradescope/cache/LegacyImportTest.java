package dev.tradescope.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradescope.marketdata.EconomicSeries;
import dev.tradescope.marketdata.EconomicSeriesRequest;
import dev.tradescope.marketdata.MarketData;
import dev.tradescope.marketdata.PriceHistoryRequest;
import dev.tradescope.marketdata.PriceSeries;
import dev.tradescope.marketdata.ProviderId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LegacyImportTest {
    private static final Instant NOW = Instant.parse("2026-03-10T15:00:00Z");
    private final MutableClock clock = new MutableClock(NOW);
    @TempDir
    Path legacy;
    @TempDir
    Path root;

    private static final String YAHOO = """
            {"timestamp": "2026-03-05T12:00:00", "data": {"chart": {"result": [{
              "meta": {"currency": "USD", "symbol": "SPY", "exchangeTimezoneName": "America/New_York", "range": "5d"},
              "timestamp": [1772461800, 1772548200, 1772634600],
              "indicators": {"quote": [{"open": [500.0, 501.0, 502.0], "high": [505.0, 506.0, 507.0],
                  "low": [495.0, 496.0, 497.0], "close": [503.0, 504.0, null], "volume": [100, 200, 300]}],
                "adjclose": [{"adjclose": [502.5, 503.5, null]}]}}], "error": null}}}
            """;
    private static final String FRED = """
            {"timestamp": "2026-03-10T14:30:00Z", "data": {"series_id": "dgs10", "observations": [
              {"date": "2026-03-02", "value": "4.10"}, {"date": "2026-03-03", "value": "."},
              {"date": "2026-03-04", "value": "4.15"}]}}
            """;
    private static final String OLD_QUOTE = """
            {"timestamp": "2026-03-01T10:00:00Z", "data": {"Global Quote": {"01. symbol": "IBM", "05. price": "250.10",
              "07. latest trading day": "2026-02-27", "08. previous close": "249.00"}}}
            """;

    private void write(String relative, String text) throws IOException {
        Path file = legacy.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void importLegacy_filesRecoverableValidEntriesUnderNewKeys_andReportsTheRest() throws IOException {
        write("yahoo/0123456789abcdef0123456789abcdef.json", YAHOO);
        write("fred/00000000000000000000000000000001.json", FRED);
        write("00000000000000000000000000000002.json", OLD_QUOTE);
        write("00000000000000000000000000000003.json", "{\"timestamp\": \"2026-03-10T10:00:00Z\", \"data\": {\"x\":1}}");
        write("00000000000000000000000000000004.json", "{\"timestamp\": \"2026-03-1");
        write("notes.txt", "ignored");

        ImportReport report = new CacheMaintenance(root, clock).importLegacy(legacy, TtlPolicy.defaults());

        assertThat(report.filesRead()).isEqualTo(5);
        assertThat(report.imported()).extracting(ImportReport.Imported::key).containsExactlyInAnyOrder(
                "yahoo|history|from=2026-03-02&symbol=SPY&to=2026-03-03",
                "fred|series|from=2026-03-02&series=DGS10&to=2026-03-04");
        assertThat(report.skipped()).extracting(ImportReport.Skipped::reason).anyMatch(r -> r.startsWith("expired"))
                .anyMatch(r -> r.startsWith("request cannot be recovered")).anyMatch(r -> r.startsWith("corrupt"));

        TieredCache cache = new TieredCache(List.of(new DiskCacheTier(root, 1 << 20, clock, new CacheStats())),
                TtlPolicy.defaults(), Duration.ZERO, Optional.empty(), clock, new CacheStats());
        MarketData<PriceSeries> spy = cache.decorate(new dev.tradescope.marketdata.MarketDataSource() {
            @Override
            public ProviderId provider() {
                return ProviderId.YAHOO;
            }

            @Override
            public boolean supports(dev.tradescope.marketdata.DataKind kind) {
                return true;
            }

            @Override
            public <T> dev.tradescope.support.Result<MarketData<T>> fetch(
                    dev.tradescope.marketdata.MarketDataRequest<T> request) {
                return dev.tradescope.support.Result.failed(dev.tradescope.support.FailureKind.UNAVAILABLE, "yahoo",
                        request.describe(), "offline");
            }
        }).fetch(new PriceHistoryRequest("SPY", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3))).getValue();
        assertThat(spy.provenance().fromCache()).isTrue();
        assertThat(spy.value().bars()).hasSize(2);
        assertThat(spy.value().bars().get(0).adjustedClose()).isEqualTo(502.5);

        CacheEntry fred = new DiskCacheTier(root, 1 << 20, clock, new CacheStats()).find(CacheKey.of(ProviderId.FRED,
                new EconomicSeriesRequest("DGS10", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 4)))).orElseThrow();
        EconomicSeries series = PayloadCodec.decode(fred.payload(), EconomicSeries.class).value();
        assertThat(series.observations()).hasSize(2);
        assertThat(series.missingCount()).isEqualTo(1);
        assertThat(new CacheMaintenance(root, clock).verify(false).problems()).isEmpty();
    }
}
