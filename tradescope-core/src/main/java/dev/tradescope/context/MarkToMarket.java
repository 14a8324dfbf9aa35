package dev.tradescope.context;

import dev.tradescope.marketdata.MarketData;
import dev.tradescope.marketdata.PriceSeries;
import dev.tradescope.marketdata.Provenance;
import dev.tradescope.support.Failure;
import dev.tradescope.support.Result;
import dev.tradescope.trade.stats.ActivePosition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * Holds an open position marked to market at the as-of date: the ticker's close standing for the as-of
 * date (the last close on or before it, at most {@link TradingWindow#MAX_CLOSE_GAP_DAYS} earlier, and
 * not before the entry date) and the unrealised return {@code close / entry price - 1}, beside the
 * export's own snapshot. The close is the traded close, never the adjusted one, since it is compared
 * with a traded entry price; the return is that of a long position, whatever the direction.
 *
 * <p>A position without an unrealised return is unmarked: {@code unavailable} says why and it counts
 * as missing for the confidence.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param position         the position
 * @param close            the close standing for the as-of date
 * @param unrealisedReturn {@code close / entry price - 1}
 * @param exported         the export's own snapshot and its age
 * @param provenance       where the ticker's history came from; empty without a history
 * @param unavailable      the values that could not be computed, each with its reason
 */
public record MarkToMarket(OpenPosition position, Optional<PricePoint> close, OptionalDouble unrealisedReturn,
                           ExportedSnapshot exported, Optional<Provenance> provenance, List<MissingItem> unavailable) {

    /** Validates that every component is present and copies the list. */
    public MarkToMarket {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(close, "close");
        Objects.requireNonNull(unrealisedReturn, "unrealisedReturn");
        Objects.requireNonNull(exported, "exported");
        Objects.requireNonNull(provenance, "provenance");
        unavailable = List.copyOf(unavailable);
    }

    /** Marks a position from the answer of the provider chain for its ticker; a failed answer leaves it unmarked. */
    public static MarkToMarket from(ActivePosition position, Result<MarketData<PriceSeries>> history, LocalDate asOf) {
        return history.findValue().map(data -> of(position, data, asOf)).orElseGet(() -> unavailable(position,
                history.findFailure().map(Failure::describe).orElse("no history"), asOf));
    }

    /** Marks a position from its ticker's history up to (at least) the as-of date. */
    public static MarkToMarket of(ActivePosition position, MarketData<PriceSeries> history, LocalDate asOf) {
        List<MissingItem> gaps = new ArrayList<>();
        Optional<PricePoint> close = findClose(Closes.raw(history.value()), position.entryDate(), asOf, gaps);
        OptionalDouble entryPrice = findEntryPrice(position, gaps);
        OptionalDouble unrealised = close.isPresent() && entryPrice.isPresent()
                ? OptionalDouble.of(close.get().price() / entryPrice.getAsDouble() - 1) : OptionalDouble.empty();
        return new MarkToMarket(OpenPosition.of(position), close, unrealised, ExportedSnapshot.of(position, asOf),
                Optional.of(history.provenance()), gaps);
    }

    // The close standing for the as-of date, if there is one and it is not before the entry.
    private static Optional<PricePoint> findClose(Closes closes, LocalDate entryDate, LocalDate asOf,
                                                  List<MissingItem> gaps) {
        Optional<PricePoint> close = closes.findCloseFor(asOf);
        if (close.isEmpty()) {
            gaps.add(new MissingItem("close", closes.describeNoCloseFor(asOf)));
        } else if (close.get().date().isBefore(entryDate)) {
            gaps.add(new MissingItem("close", "the last close on or before " + asOf + " is from "
                    + close.get().date() + ", before the entry on " + entryDate));
            return Optional.empty();
        }
        return close;
    }

    // The exported entry price, if it is finite and positive.
    private static OptionalDouble findEntryPrice(ActivePosition position, List<MissingItem> gaps) {
        OptionalDouble price = position.entryPrice();
        if (price.isPresent() && Double.isFinite(price.getAsDouble()) && price.getAsDouble() > 0) {
            return price;
        }
        gaps.add(new MissingItem("unrealised_return", "the export has no positive entry price"));
        return OptionalDouble.empty();
    }

    /** Builds the unmarked context of a position whose ticker history could not be obtained. */
    public static MarkToMarket unavailable(ActivePosition position, String reason, LocalDate asOf) {
        return new MarkToMarket(OpenPosition.of(position), Optional.empty(), OptionalDouble.empty(),
                ExportedSnapshot.of(position, asOf), Optional.empty(), List.of(new MissingItem("history", reason)));
    }

    // The missing item this position adds to the market context, if it is unmarked.
    Optional<MissingItem> findMissing() {
        if (unrealisedReturn.isPresent()) {
            return Optional.empty();
        }
        String reasons = unavailable.stream().map(MissingItem::reason).collect(Collectors.joining("; "));
        return Optional.of(new MissingItem("open position " + position.ticker() + " (line " + position.line() + ")",
                reasons.isEmpty() ? "no unrealised return" : reasons));
    }
}
