package dev.tradescope.context;

import dev.tradescope.marketdata.DailyBar;
import dev.tradescope.marketdata.EconomicSeries;
import dev.tradescope.marketdata.MarketData;
import dev.tradescope.marketdata.Observation;
import dev.tradescope.marketdata.PriceSeries;
import dev.tradescope.marketdata.Provenance;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.support.FailureKind;
import dev.tradescope.support.Result;
import dev.tradescope.trade.stats.ActivePosition;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Builds small series, positions and answers for the market context tests. */
final class Fixtures {
    static final Instant REQUESTED = Instant.parse("2025-08-01T00:00:00Z");

    private Fixtures() {
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** Returns a series from pairs "2025-01-02=100.5" (close = adjusted close). */
    static PriceSeries closes(String symbol, String... pairs) {
        List<DailyBar> bars = new ArrayList<>();
        for (String pair : pairs) {
            String[] parts = pair.split("=");
            double close = Double.parseDouble(parts[1]);
            bars.add(new DailyBar(d(parts[0]), close, close, close, close, close, 0));
        }
        return new PriceSeries(symbol, "USD", false, bars);
    }

    /** Returns an answer holding the series, as served by the local source. */
    static MarketData<PriceSeries> data(PriceSeries series) {
        return new MarketData<>(series, Provenance.fetched(ProviderId.LOCAL, REQUESTED, series.findLastDate()));
    }

    static Result<MarketData<PriceSeries>> ok(PriceSeries series) {
        return Result.ok(data(series));
    }

    static <T> Result<T> noData(String subject) {
        return Result.failed(FailureKind.NO_DATA, "local", subject, "no file");
    }

    /** Returns an answer holding an economic series from pairs "2025-01-01=4.33". */
    static Result<MarketData<EconomicSeries>> series(String id, String... pairs) {
        List<Observation> observations = new ArrayList<>();
        for (String pair : pairs) {
            String[] parts = pair.split("=");
            observations.add(new Observation(d(parts[0]), Double.parseDouble(parts[1])));
        }
        EconomicSeries series = new EconomicSeries(id, observations, 0);
        return Result.ok(new MarketData<>(series, Provenance.fetched(ProviderId.LOCAL, REQUESTED,
                Optional.of(observations.get(observations.size() - 1).date()))));
    }

    static ActivePosition position(String ticker, String entry, OptionalDouble entryPrice, OptionalDouble current,
                                   OptionalDouble exportedDays, LocalDate asOf) {
        LocalDate entryDate = d(entry);
        return new ActivePosition(ticker, "S", ticker + "-1", 7, entryDate, entryPrice,
                java.time.temporal.ChronoUnit.DAYS.between(entryDate, asOf), current, exportedDays, "");
    }
}
