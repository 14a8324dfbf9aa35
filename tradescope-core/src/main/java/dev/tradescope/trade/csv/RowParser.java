package dev.tradescope.trade.csv;

import dev.tradescope.trade.Direction;
import dev.tradescope.trade.Trade;
import dev.tradescope.trade.TradeIssue;
import dev.tradescope.trade.TradeIssue.Kind;
import dev.tradescope.trade.TradeStatus;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/** Turns one CSV row into a validated {@link Trade}, reporting problems instead of throwing. */
final class RowParser {
    private static final int MAX_REMEMBERED_TICKERS = 100_000;
    private static final Pattern TICKER = Pattern.compile("\\^?[A-Z0-9][A-Z0-9.\\-=/]{0,19}");
    private static final double PNL_TOLERANCE = 0.01;

    private final ColumnLayout layout;
    private final IssueCollector issues;
    private final Derivations derivations;
    private final Completeness completeness;
    // Valid tickers as written, with their upper-case form: a portfolio repeats a few hundred tickers
    // over millions of rows, and matching the pattern once each is enough.
    private final Map<String, Optional<String>> validTickers = new HashMap<>();
    private CsvRow row;
    private long line;

    RowParser(ColumnLayout layout, IssueCollector issues, Derivations derivations, Completeness completeness) {
        this.layout = layout;
        this.issues = issues;
        this.derivations = derivations;
        this.completeness = completeness;
    }

    /** Parses a row; empty when a required field is unusable (the issue is reported). */
    Optional<Trade> parse(CsvRow csvRow, LocalDate asOf) {
        this.row = csvRow;
        this.line = csvRow.line();
        if (csvRow.fieldCount() != layout.headerSize()) {
            report(Kind.FIELD_COUNT_MISMATCH, "", "", "expected " + layout.headerSize() + " fields as in the header, found "
                    + csvRow.fieldCount());
        }
        Optional<String> ticker = requiredTicker();
        Optional<LocalDate> entry = requiredEntryDate();
        Optional<TradeStatus> status = requiredStatus();
        if (ticker.isEmpty() || entry.isEmpty() || status.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(build(ticker.get(), entry.get(), status.get(), asOf));
    }

    long line() {
        return line;
    }

    private Trade build(String ticker, LocalDate entry, TradeStatus status, LocalDate asOf) {
        Optional<LocalDate> exit = optionalDate(Column.EXIT_TIMESTAMP);
        Trade.Prices prices = new Trade.Prices(number(Column.AVG_ENTRY_PRICE), number(Column.AVG_EXIT_PRICE),
                number(Column.POSITION_SIZE));
        Optional<BigDecimal> pnl = decimal(Column.PNL);
        Optional<BigDecimal> ret = decimal(Column.RETURN);
        Direction direction = direction();
        OptionalDouble currentReturn = number(Column.CURRENT_UNREALIZED_PNL);
        String quality = word(Column.TRADE_QUALITY);
        recordCompleteness(status, exit, pnl, ret);
        checkConsistency(status, entry, exit, prices, pnl, direction);
        OptionalDouble duration = durationDays(status, entry, exit, asOf);
        OptionalDouble daysSince = daysSinceEntry(status, entry, asOf);
        String tradeType = tradeType(status, quality, ret, currentReturn);
        Trade.Excursions excursions = new Trade.Excursions(number(Column.MAX_FAVOURABLE_EXCURSION),
                number(Column.MAX_ADVERSE_EXCURSION), number(Column.MFE_MAE_RATIO), exitEfficiency());
        String strategy = word(Column.STRATEGY_TYPE);
        return new Trade(line, text(Column.POSITION_UUID), ticker, strategy.isEmpty() ? "Unknown" : strategy, entry,
                exit, status, direction, prices, pnl, ret, duration, tradeType, excursions, daysSince,
                currentReturn, quality);
    }

    private void recordCompleteness(TradeStatus status, Optional<LocalDate> exit, Optional<BigDecimal> pnl,
                                    Optional<BigDecimal> ret) {
        completeness.expect(!isEmpty(Column.STRATEGY_TYPE));
        completeness.expect(!isEmpty(Column.POSITION_UUID));
        completeness.expect(!isEmpty(Column.AVG_ENTRY_PRICE));
        if (status == TradeStatus.CLOSED) {
            completeness.expect(exit.isPresent());
            completeness.expect(pnl.isPresent());
            completeness.expect(ret.isPresent());
            completeness.expect(!isEmpty(Column.AVG_EXIT_PRICE));
        } else {
            completeness.expect(!isEmpty(Column.CURRENT_UNREALIZED_PNL));
        }
    }

    private void checkConsistency(TradeStatus status, LocalDate entry, Optional<LocalDate> exit, Trade.Prices prices,
                                  Optional<BigDecimal> pnl, Direction direction) {
        if (status == TradeStatus.CLOSED) {
            if (exit.isEmpty() && isEmpty(Column.EXIT_TIMESTAMP)) {
                report(Kind.CLOSED_WITHOUT_EXIT_DATE, Column.EXIT_TIMESTAMP.header(), "", "a closed trade needs an exit date");
            }
            if (pnl.isEmpty() && isEmpty(Column.PNL)) {
                report(Kind.CLOSED_WITHOUT_PNL, Column.PNL.header(), "", "a closed trade needs a PnL");
            }
            checkPnl(prices, pnl, direction);
        } else if (!isEmpty(Column.EXIT_TIMESTAMP) || !isEmpty(Column.AVG_EXIT_PRICE)) {
            Column column = isEmpty(Column.EXIT_TIMESTAMP) ? Column.AVG_EXIT_PRICE : Column.EXIT_TIMESTAMP;
            report(Kind.OPEN_WITH_EXIT, column.header(), text(column), "an open trade must not have an exit");
        }
        if (exit.isPresent() && exit.get().isBefore(entry)) {
            report(Kind.EXIT_BEFORE_ENTRY, Column.EXIT_TIMESTAMP.header(), text(Column.EXIT_TIMESTAMP),
                    "the exit is before the entry " + entry);
        }
    }

    private void checkPnl(Trade.Prices prices, Optional<BigDecimal> pnl, Direction direction) {
        if (pnl.isEmpty() || prices.entry().isEmpty() || prices.exit().isEmpty() || prices.size().isEmpty()) {
            return;
        }
        double expected = (prices.exit().getAsDouble() - prices.entry().getAsDouble()) * prices.size().getAsDouble()
                * direction.sign();
        if (!Double.isFinite(expected)) {
            return;
        }
        double difference = Math.abs(pnl.get().doubleValue() - expected);
        if (difference > PNL_TOLERANCE + 1e-9) {
            report(Kind.PNL_MISMATCH, Column.PNL.header(), text(Column.PNL), String.format(Locale.ROOT,
                    "PnL differs from (exit - entry) x size = %.4f by %.4f (tolerance 0.01)", expected, difference));
        }
    }

    private OptionalDouble durationDays(TradeStatus status, LocalDate entry, Optional<LocalDate> exit, LocalDate asOf) {
        OptionalDouble exported = number(Column.DURATION_DAYS);
        if (exported.isPresent()) {
            exit.ifPresent(e -> checkDuration(exported.getAsDouble(), ChronoUnit.DAYS.between(entry, e)));
            return exported;
        }
        if (status == TradeStatus.OPEN && isEmpty(Column.DURATION_DAYS)) {
            derivations.count(Column.DURATION_DAYS.header());
            return OptionalDouble.of(Math.max(0, ChronoUnit.DAYS.between(entry, asOf)));
        }
        return OptionalDouble.empty();
    }

    private void checkDuration(double exported, long days) {
        if (Math.abs(exported - days) >= 1) {
            report(Kind.DURATION_MISMATCH, Column.DURATION_DAYS.header(), text(Column.DURATION_DAYS),
                    "the entry and exit dates are " + days + " days apart");
        }
    }

    private OptionalDouble daysSinceEntry(TradeStatus status, LocalDate entry, LocalDate asOf) {
        OptionalDouble exported = number(Column.DAYS_SINCE_ENTRY);
        if (exported.isEmpty() && status == TradeStatus.OPEN && isEmpty(Column.DAYS_SINCE_ENTRY)) {
            derivations.count(Column.DAYS_SINCE_ENTRY.header());
            return OptionalDouble.of(Math.max(0, ChronoUnit.DAYS.between(entry, asOf)));
        }
        return exported;
    }

    private String tradeType(TradeStatus status, String quality, Optional<BigDecimal> ret, OptionalDouble current) {
        if (!isEmpty(Column.TRADE_TYPE)) {
            return word(Column.TRADE_TYPE);
        }
        derivations.count(Column.TRADE_TYPE.header());
        return TradeTypes.derive(status, quality, ret, current);
    }

    private OptionalDouble exitEfficiency() {
        OptionalDouble plain = number(Column.EXIT_EFFICIENCY);
        return plain.isPresent() ? plain : number(Column.EXIT_EFFICIENCY_FIXED);
    }

    private Direction direction() {
        String raw = word(Column.DIRECTION);
        if (raw.isEmpty()) {
            return Direction.LONG;
        }
        Optional<Direction> parsed = Direction.parse(raw);
        if (parsed.isEmpty()) {
            report(Kind.UNPARSEABLE_FIELD, Column.DIRECTION.header(), raw, "expected Long or Short; taken as Long");
        }
        return parsed.orElse(Direction.LONG);
    }

    private Optional<String> requiredTicker() {
        String raw = word(Column.TICKER);
        Optional<String> known = validTickers.get(raw);
        if (known != null) {
            return known;
        }
        String ticker = raw.toUpperCase(Locale.ROOT);
        if (raw.isEmpty() || !TICKER.matcher(ticker).matches()) {
            report(Kind.UNUSABLE_ROW, Column.TICKER.header(), raw,
                    "expected a ticker (letters, digits, '.', '-', '^'); row excluded");
            return Optional.empty();
        }
        if (validTickers.size() < MAX_REMEMBERED_TICKERS) {
            validTickers.put(raw, Optional.of(ticker));
        }
        return Optional.of(ticker);
    }

    private Optional<LocalDate> requiredEntryDate() {
        try {
            return Optional.of(FieldParser.parseDate(chars(Column.ENTRY_TIMESTAMP)));
        } catch (DateTimeException e) {
            report(Kind.UNUSABLE_ROW, Column.ENTRY_TIMESTAMP.header(), text(Column.ENTRY_TIMESTAMP),
                    "expected a date YYYY-MM-DD[ HH:MM:SS] (" + e.getMessage() + "); row excluded");
            return Optional.empty();
        }
    }

    private Optional<TradeStatus> requiredStatus() {
        String raw = word(Column.STATUS);
        Optional<TradeStatus> status = TradeStatus.parse(raw);
        if (status.isEmpty()) {
            report(Kind.UNKNOWN_STATUS, Column.STATUS.header(), raw, "expected Closed, Open or Active; row excluded");
        }
        return status;
    }

    private Optional<LocalDate> optionalDate(Column column) {
        if (isEmpty(column)) {
            return Optional.empty();
        }
        try {
            return Optional.of(FieldParser.parseDate(chars(column)));
        } catch (DateTimeException e) {
            report(Kind.UNPARSEABLE_FIELD, column.header(), text(column), "expected a date YYYY-MM-DD[ HH:MM:SS]; ignored");
            return Optional.empty();
        }
    }

    private Optional<BigDecimal> decimal(Column column) {
        try {
            return FieldParser.optionalDecimal(chars(column));
        } catch (NumberFormatException e) {
            report(Kind.UNPARSEABLE_FIELD, column.header(), text(column), "expected a finite decimal number; ignored");
            return Optional.empty();
        }
    }

    private OptionalDouble number(Column column) {
        try {
            return FieldParser.optionalDouble(chars(column));
        } catch (NumberFormatException e) {
            report(Kind.UNPARSEABLE_FIELD, column.header(), text(column), "expected a number (or inf, -inf, nan); ignored");
            return OptionalDouble.empty();
        }
    }

    // A field by column, without surrounding whitespace; a column the file lacks reads as empty.
    private String text(Column column) {
        return row.text(layout.positionOf(column));
    }

    // A field of few distinct values (status, strategy, ticker...), from the row's table of words.
    private String word(Column column) {
        return row.word(layout.positionOf(column));
    }

    private CharSequence chars(Column column) {
        return row.chars(layout.positionOf(column));
    }

    private boolean isEmpty(Column column) {
        return row.isEmpty(layout.positionOf(column));
    }

    private void report(Kind kind, String column, String value, String reason) {
        issues.add(new TradeIssue(kind, line, column, value, reason));
    }
}
