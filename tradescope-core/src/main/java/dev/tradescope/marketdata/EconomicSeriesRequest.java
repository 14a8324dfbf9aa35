package dev.tradescope.marketdata;

import java.time.LocalDate;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Asks for the observations of an economic series (a FRED id such as {@code FEDFUNDS}) in a range.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param seriesId the series id (upper-cased)
 * @param from     the first day
 * @param to       the last day, not before {@code from}
 */
public record EconomicSeriesRequest(String seriesId, LocalDate from, LocalDate to)
        implements MarketDataRequest<EconomicSeries> {

    /** Normalises the id and checks the range. */
    public EconomicSeriesRequest {
        seriesId = Symbols.normalise(seriesId, "series id");
        Symbols.checkRange(from, to);
    }

    @Override
    public DataKind kind() {
        return DataKind.ECONOMIC_SERIES;
    }

    @Override
    public Class<EconomicSeries> answerType() {
        return EconomicSeries.class;
    }

    @Override
    public SortedMap<String, String> parameters() {
        SortedMap<String, String> p = new TreeMap<>();
        p.put("from", from.toString());
        p.put("series", seriesId);
        p.put("to", to.toString());
        return p;
    }

    @Override
    public String describe() {
        return "series " + seriesId + " " + from + ".." + to;
    }
}
