package dev.tradescope.trade.csv;

import dev.tradescope.support.Formats;
import dev.tradescope.trade.Decimal;
import dev.tradescope.trade.Direction;
import dev.tradescope.trade.Trade;
import dev.tradescope.trade.TradeIssue;
import dev.tradescope.trade.TradeIssue.Kind;
import dev.tradescope.trade.TradeStatus;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
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
    private final Trade.Builder builder = new Trade.Builder();
    private CsvRow row;
    private long line;
    // The number of the last number() that answered true, and the row's prices (kept for the PnL check).
    private double value;
    private double entryPrice;
    private double exitPrice;
    private double size;

    RowParser(ColumnLayout layout, IssueCollector issues, Derivations derivations, Completeness completeness) {
        this.layout = layout;
        this.issues = issues;
        this.derivations = derivations;
        this.completeness = completeness;
    }

    /** Parses a row and passes its trade on; false when a required field is unusable (the issue is reported). */
    boolean parse(CsvRow csvRow, LocalDate asOf, Consumer<Trade> sink) {
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
            return false;
        }
        sink.accept(build(ticker.get(), entry.get(), status.get(), asOf));
        return true;
    }

    long line() {
        return line;
    }

    private Trade build(String ticker, LocalDate entry, TradeStatus status, LocalDate asOf) {
        Trade.Builder trade = builder.start(line).ticker(ticker).entryDate(entry).status(status);
        LocalDate exit = date(Column.EXIT_TIMESTAMP);
        if (exit != null) {
            trade.exitDate(exit);
        }
        boolean pricesComplete = prices(trade);
        Decimal pnl = decimal(Column.PNL);
        Decimal ret = decimal(Column.RETURN);
        if (pnl != null) {
            trade.pnl(pnl);
        }
        if (ret != null) {
            trade.returnValue(ret);
        }
        Direction direction = direction();
        boolean hasCurrentReturn = number(Column.CURRENT_UNREALIZED_PNL);
        double currentReturn = value;
        if (hasCurrentReturn) {
            trade.currentReturn(currentReturn);
        }
        String quality = word(Column.TRADE_QUALITY);
        recordCompleteness(status, exit, pnl, ret);
        checkConsistency(status, entry, exit, pricesComplete ? pnl : null, direction);
        durationDays(trade, status, entry, exit, asOf);
        daysSinceEntry(trade, status, entry, asOf);
        trade.tradeType(tradeType(status, quality, ret, hasCurrentReturn, currentReturn));
        excursions(trade);
        String strategy = word(Column.STRATEGY_TYPE);
        return trade.direction(direction).tradeQuality(quality).positionId(text(Column.POSITION_UUID))
                .strategy(strategy.isEmpty() ? "Unknown" : strategy).build();
    }

    // Sets the entry price, exit price and size that are given; tells whether all three are.
    private boolean prices(Trade.Builder trade) {
        boolean hasEntry = number(Column.AVG_ENTRY_PRICE);
        entryPrice = value;
        if (hasEntry) {
            trade.entryPrice(entryPrice);
        }
        boolean hasExit = number(Column.AVG_EXIT_PRICE);
        exitPrice = value;
        if (hasExit) {
            trade.exitPrice(exitPrice);
        }
        boolean hasSize = number(Column.POSITION_SIZE);
        size = value;
        if (hasSize) {
            trade.size(size);
        }
        return hasEntry && hasExit && hasSize;
    }

    private void recordCompleteness(TradeStatus status, LocalDate exit, Decimal pnl, Decimal ret) {
        completeness.expect(!isEmpty(Column.STRATEGY_TYPE));
        completeness.expect(!isEmpty(Column.POSITION_UUID));
        completeness.expect(!isEmpty(Column.AVG_ENTRY_PRICE));
        if (status == TradeStatus.CLOSED) {
            completeness.expect(exit != null);
            completeness.expect(pnl != null);
            completeness.expect(ret != null);
            completeness.expect(!isEmpty(Column.AVG_EXIT_PRICE));
        } else {
            completeness.expect(!isEmpty(Column.CURRENT_UNREALIZED_PNL));
        }
    }

    // pricedPnl: the PnL when the prices to check it against are all given, else null.
    private void checkConsistency(TradeStatus status, LocalDate entry, LocalDate exit, Decimal pricedPnl,
                                  Direction direction) {
        if (status == TradeStatus.CLOSED) {
            if (exit == null && isEmpty(Column.EXIT_TIMESTAMP)) {
                report(Kind.CLOSED_WITHOUT_EXIT_DATE, Column.EXIT_TIMESTAMP.header(), "", "a closed trade needs an exit date");
            }
            if (isEmpty(Column.PNL)) {
                report(Kind.CLOSED_WITHOUT_PNL, Column.PNL.header(), "", "a closed trade needs a PnL");
            }
            if (pricedPnl != null) {
                checkPnl(pricedPnl, direction);
            }
        } else if (!isEmpty(Column.EXIT_TIMESTAMP) || !isEmpty(Column.AVG_EXIT_PRICE)) {
            Column column = isEmpty(Column.EXIT_TIMESTAMP) ? Column.AVG_EXIT_PRICE : Column.EXIT_TIMESTAMP;
            report(Kind.OPEN_WITH_EXIT, column.header(), text(column), "an open trade must not have an exit");
        }
        if (exit != null && exit.isBefore(entry)) {
            report(Kind.EXIT_BEFORE_ENTRY, Column.EXIT_TIMESTAMP.header(), text(Column.EXIT_TIMESTAMP),
                    "the exit is before the entry " + entry);
        }
    }

    // Checks the PnL against (exit - entry) x size of the row's prices.
    private void checkPnl(Decimal pnl, Direction direction) {
        double expected = (exitPrice - entryPrice) * size * direction.sign();
        if (!Double.isFinite(expected)) {
            return;
        }
        double difference = Math.abs(pnl.doubleValue() - expected);
        if (difference > PNL_TOLERANCE + 1e-9) {
            report(Kind.PNL_MISMATCH, Column.PNL.header(), text(Column.PNL), Formats.format("PnL differs from (exit - entry) x size = %.4f by %.4f (tolerance 0.01)", expected, difference));
        }
    }

    private void durationDays(Trade.Builder trade, TradeStatus status, LocalDate entry, LocalDate exit, LocalDate asOf) {
        if (number(Column.DURATION_DAYS)) {
            trade.durationDays(value);
            if (exit != null) {
                checkDuration(value, ChronoUnit.DAYS.between(entry, exit));
            }
        } else if (status == TradeStatus.OPEN && isEmpty(Column.DURATION_DAYS)) {
            derivations.count(Column.DURATION_DAYS.header());
            trade.durationDays(Math.max(0, ChronoUnit.DAYS.between(entry, asOf)));
        }
    }

    private void checkDuration(double exported, long days) {
        if (Math.abs(exported - days) >= 1) {
            report(Kind.DURATION_MISMATCH, Column.DURATION_DAYS.header(), text(Column.DURATION_DAYS),
                    "the entry and exit dates are " + days + " days apart");
        }
    }

    private void daysSinceEntry(Trade.Builder trade, TradeStatus status, LocalDate entry, LocalDate asOf) {
        if (number(Column.DAYS_SINCE_ENTRY)) {
            trade.daysSinceEntry(value);
        } else if (status == TradeStatus.OPEN && isEmpty(Column.DAYS_SINCE_ENTRY)) {
            derivations.count(Column.DAYS_SINCE_ENTRY.header());
            trade.daysSinceEntry(Math.max(0, ChronoUnit.DAYS.between(entry, asOf)));
        }
    }

    private String tradeType(TradeStatus status, String quality, Decimal ret, boolean hasCurrent, double current) {
        if (!isEmpty(Column.TRADE_TYPE)) {
            return word(Column.TRADE_TYPE);
        }
        derivations.count(Column.TRADE_TYPE.header());
        return TradeTypes.derive(status, quality, ret, hasCurrent, current);
    }

    private void excursions(Trade.Builder trade) {
        if (number(Column.MAX_FAVOURABLE_EXCURSION)) {
            trade.mfe(value);
        }
        if (number(Column.MAX_ADVERSE_EXCURSION)) {
            trade.mae(value);
        }
        if (number(Column.MFE_MAE_RATIO)) {
            trade.mfeMaeRatio(value);
        }
        if (number(Column.EXIT_EFFICIENCY) || number(Column.EXIT_EFFICIENCY_FIXED)) {
            trade.exitEfficiency(value);
        }
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

    // The date of an optional column; null when it is empty or not a date (reported).
    private LocalDate date(Column column) {
        if (isEmpty(column)) {
            return null;
        }
        try {
            return FieldParser.parseDate(chars(column));
        } catch (DateTimeException e) {
            report(Kind.UNPARSEABLE_FIELD, column.header(), text(column), "expected a date YYYY-MM-DD[ HH:MM:SS]; ignored");
            return null;
        }
    }

    // The exact number of an optional column; null when it is empty or not a finite decimal (reported).
    private Decimal decimal(Column column) {
        if (isEmpty(column)) {
            return null;
        }
        try {
            return FieldParser.parseDecimal(chars(column));
        } catch (NumberFormatException e) {
            report(Kind.UNPARSEABLE_FIELD, column.header(), text(column), "expected a finite decimal number; ignored");
            return null;
        }
    }

    // Parses an optional column's number into `value`; false when it is empty or not a number (reported).
    private boolean number(Column column) {
        if (isEmpty(column)) {
            return false;
        }
        try {
            value = FieldParser.parseDouble(chars(column));
            return true;
        } catch (NumberFormatException e) {
            report(Kind.UNPARSEABLE_FIELD, column.header(), text(column), "expected a number (or inf, -inf, nan); ignored");
            return false;
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
