package dev.tradescope.marketdata.local;

import dev.tradescope.marketdata.DailyBar;
import dev.tradescope.marketdata.DataKind;
import dev.tradescope.marketdata.EconomicSeries;
import dev.tradescope.marketdata.EconomicSeriesRequest;
import dev.tradescope.marketdata.MarketData;
import dev.tradescope.marketdata.MarketDataRequest;
import dev.tradescope.marketdata.MarketDataSource;
import dev.tradescope.marketdata.Observation;
import dev.tradescope.marketdata.PriceHistoryRequest;
import dev.tradescope.marketdata.PriceSeries;
import dev.tradescope.marketdata.Provenance;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.marketdata.Quote;
import dev.tradescope.marketdata.QuoteRequest;
import dev.tradescope.support.FailureKind;
import dev.tradescope.support.InvalidInputException;
import dev.tradescope.support.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Answers price history, quotes (the last close) and economic series from the workspace's files,
 * offline: {@code data/prices/{SYMBOL}.csv} with {@code date,open,high,low,close[,volume][,adj_close]}
 * and {@code data/series/{ID}.csv} with {@code date,value}.
 *
 * <p>File names: the symbol as given ({@code ^VIX.csv}); for an index whose file is missing, the
 * name without the caret ({@code VIX.csv}) is tried next. A missing file is <em>no data</em>; a bad
 * row stops with {@link InvalidInputException} naming the file, line, column and value.
 *
 * <p>This class is thread-safe.
 */
public final class LocalFileSource implements MarketDataSource {
    private static final Set<DataKind> KINDS = Set.of(DataKind.PRICE_HISTORY, DataKind.QUOTE, DataKind.ECONOMIC_SERIES);
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalTime CLOSE = LocalTime.of(16, 0);

    private final Path workspace;
    private final Clock clock;

    /** Builds the source over a workspace directory. */
    public LocalFileSource(Path workspace, Clock clock) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ProviderId provider() {
        return ProviderId.LOCAL;
    }

    @Override
    public boolean supports(DataKind kind) {
        return KINDS.contains(kind);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Result<MarketData<T>> fetch(MarketDataRequest<T> request) {
        if (request instanceof PriceHistoryRequest history) {
            return (Result<MarketData<T>>) (Result<?>) history(history);
        }
        if (request instanceof QuoteRequest quote) {
            return (Result<MarketData<T>>) (Result<?>) quote(quote);
        }
        if (request instanceof EconomicSeriesRequest series) {
            return (Result<MarketData<T>>) (Result<?>) series(series);
        }
        return fail(request, FailureKind.INVALID_REQUEST, "local files do not answer " + request.kind() + " requests");
    }

    /** Finds the price file of a symbol: {@code SYMBOL.csv}, else for an index the name without {@code ^}. */
    public Optional<Path> findPriceFile(String symbol) {
        Path dir = workspace.resolve("data").resolve("prices");
        Path exact = dir.resolve(symbol + ".csv");
        if (Files.isRegularFile(exact)) {
            return Optional.of(exact);
        }
        Path plain = dir.resolve(symbol.replace("^", "") + ".csv");
        return symbol.startsWith("^") && Files.isRegularFile(plain) ? Optional.of(plain) : Optional.empty();
    }

    private Result<MarketData<PriceSeries>> history(PriceHistoryRequest request) {
        Optional<Path> file = findPriceFile(request.symbol());
        if (file.isEmpty()) {
            return fail(request, FailureKind.NO_DATA, missingPriceFile(request.symbol()));
        }
        PriceSeries series = readPrices(file.get(), request.symbol()).slice(request.from(), request.to());
        if (series.bars().isEmpty()) {
            return fail(request, FailureKind.NO_DATA, "no bars between " + request.from() + " and " + request.to()
                    + " in " + shown(file.get()));
        }
        return Result.ok(new MarketData<>(series, Provenance.fetched(ProviderId.LOCAL, clock.instant(), series.findLastDate())));
    }

    private Result<MarketData<Quote>> quote(QuoteRequest request) {
        Optional<Path> file = findPriceFile(request.symbol());
        if (file.isEmpty()) {
            return fail(request, FailureKind.NO_DATA, missingPriceFile(request.symbol()));
        }
        List<DailyBar> bars = readPrices(file.get(), request.symbol()).bars();
        if (bars.isEmpty()) {
            return fail(request, FailureKind.NO_DATA, shown(file.get()) + " holds no bars");
        }
        DailyBar last = bars.get(bars.size() - 1);
        OptionalDouble previous = bars.size() > 1 ? OptionalDouble.of(bars.get(bars.size() - 2).close()) : OptionalDouble.empty();
        Quote quote = new Quote(request.symbol(), last.close(), previous, "",
                last.date().atTime(CLOSE).atZone(NEW_YORK).toInstant());
        return Result.ok(new MarketData<>(quote, Provenance.fetched(ProviderId.LOCAL, clock.instant(), Optional.of(last.date()))));
    }

    private Result<MarketData<EconomicSeries>> series(EconomicSeriesRequest request) {
        Path file = workspace.resolve("data").resolve("series").resolve(request.seriesId() + ".csv");
        if (!Files.isRegularFile(file)) {
            return fail(request, FailureKind.NO_DATA, "no file data/series/" + request.seriesId() + ".csv");
        }
        List<Observation> observations = new ArrayList<>();
        int[] missing = {0};
        LocalCsv.read(file, shown(file), List.of("date", "value"), row -> {
            LocalDate date = row.date("date");
            String value = row.text("value");
            if (value.isEmpty() || ".".equals(value)) {
                missing[0]++;
            } else if (!date.isBefore(request.from()) && !date.isAfter(request.to())) {
                addAscending(observations, new Observation(date, row.number("value")), row);
            }
        });
        if (observations.isEmpty()) {
            return fail(request, FailureKind.NO_DATA, "no observations between " + request.from() + " and "
                    + request.to() + " in " + shown(file));
        }
        EconomicSeries series = new EconomicSeries(request.seriesId(), observations, missing[0]);
        Optional<LocalDate> last = Optional.of(observations.get(observations.size() - 1).date());
        return Result.ok(new MarketData<>(series, Provenance.fetched(ProviderId.LOCAL, clock.instant(), last)));
    }

    private PriceSeries readPrices(Path file, String symbol) {
        List<DailyBar> bars = new ArrayList<>();
        boolean[] adjusted = {false};
        LocalCsv.read(file, shown(file), List.of("date", "open", "high", "low", "close"), row -> {
            String adjColumn = row.has("adj_close") ? "adj_close" : "adjusted_close";
            adjusted[0] = row.has(adjColumn);
            double close = row.positive("close");
            double adj = adjusted[0] && !row.text(adjColumn).isEmpty() ? row.positive(adjColumn) : close;
            DailyBar bar = new DailyBar(row.date("date"), row.positive("open"), row.positive("high"),
                    row.positive("low"), close, adj, row.wholeOrZero("volume"));
            addBar(bars, bar, row);
        });
        return new PriceSeries(symbol, "", adjusted[0], bars);
    }

    private static void addBar(List<DailyBar> bars, DailyBar bar, LocalCsv row) {
        if (!bars.isEmpty() && !bar.date().isAfter(bars.get(bars.size() - 1).date())) {
            throw row.bad("date", "dates ascending without repeats (previous " + bars.get(bars.size() - 1).date() + ")",
                    bar.date().toString());
        }
        bars.add(bar);
    }

    private static void addAscending(List<Observation> observations, Observation o, LocalCsv row) {
        if (!observations.isEmpty() && !o.date().isAfter(observations.get(observations.size() - 1).date())) {
            throw row.bad("date", "dates ascending without repeats", o.date().toString());
        }
        observations.add(o);
    }

    private static String missingPriceFile(String symbol) {
        return "no file data/prices/" + symbol + ".csv" + (symbol.startsWith("^")
                ? " (nor " + symbol.substring(1) + ".csv)" : "");
    }

    private String shown(Path file) {
        Path relative = workspace.relativize(file);
        return relative.toString().replace('\\', '/');
    }

    private static <T> Result<MarketData<T>> fail(MarketDataRequest<?> request, FailureKind kind, String message) {
        return Result.failed(kind, ProviderId.LOCAL.id(), request.describe(), message);
    }
}
