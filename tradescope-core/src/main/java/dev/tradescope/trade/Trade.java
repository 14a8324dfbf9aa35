package dev.tradescope.trade;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Holds one row of a trade-history export after validation and derivation. The CSV is
 * authoritative: {@code pnl} and {@code returnValue} are the exported values, never recomputed.
 *
 * <p>A large export makes millions of trades, each passed on and dropped: the numbers are held as
 * primitives and exact {@link Decimal}s, and the optional values of the accessors are made when asked
 * for. Trades are equal when all their values are, as records are.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Trade {
    // Bits of `present`, one per optional double.
    private static final int ENTRY_PRICE = 1;
    private static final int EXIT_PRICE = 1 << 1;
    private static final int SIZE = 1 << 2;
    private static final int DURATION_DAYS = 1 << 3;
    private static final int MFE = 1 << 4;
    private static final int MAE = 1 << 5;
    private static final int MFE_MAE_RATIO = 1 << 6;
    private static final int EXIT_EFFICIENCY = 1 << 7;
    private static final int DAYS_SINCE_ENTRY = 1 << 8;
    private static final int CURRENT_RETURN = 1 << 9;

    private final long line;
    private final String positionId;
    private final String ticker;
    private final String strategy;
    private final LocalDate entryDate;
    private final LocalDate exitDate; // null when absent
    private final TradeStatus status;
    private final Direction direction;
    private final Decimal pnl; // null when absent
    private final Decimal returnValue; // null when absent
    private final String tradeType;
    private final String tradeQuality;
    private final int present;
    private final double entryPrice;
    private final double exitPrice;
    private final double size;
    private final double durationDays;
    private final double mfe;
    private final double mae;
    private final double mfeMaeRatio;
    private final double exitEfficiency;
    private final double daysSinceEntry;
    private final double currentReturn;

    /**
     * Builds a trade from its values.
     *
     * @param line           the 1-based line number in the file
     * @param positionId     the Position_UUID as text, {@code ""} when absent
     * @param ticker         the ticker, upper-case
     * @param strategy       the Strategy_Type, {@code "Unknown"} when absent
     * @param entryDate      the entry date
     * @param exitDate       the exit date, if any
     * @param status         closed or open
     * @param direction      long or short (long when absent)
     * @param prices         entry price, exit price and position size as exported
     * @param pnl            the exported PnL, if any
     * @param returnValue    the exported Return as a fraction (0.05 = 5 %), if any
     * @param durationDays   Duration_Days as exported, or derived for open trades
     * @param tradeType      Trade_Type as exported, or derived when empty
     * @param excursions     MFE, MAE, their ratio (possibly non-finite) and the exit efficiency
     * @param daysSinceEntry Days_Since_Entry as exported, or derived for open trades
     * @param currentReturn  Current_Unrealized_PnL: the export's unrealised return snapshot of an open trade
     * @param tradeQuality   Trade_Quality, {@code ""} when absent
     */
    public Trade(long line, String positionId, String ticker, String strategy, LocalDate entryDate,
                 Optional<LocalDate> exitDate, TradeStatus status, Direction direction, Prices prices,
                 Optional<BigDecimal> pnl, Optional<BigDecimal> returnValue, OptionalDouble durationDays,
                 String tradeType, Excursions excursions, OptionalDouble daysSinceEntry,
                 OptionalDouble currentReturn, String tradeQuality) {
        this(builderOf(line, positionId, ticker, strategy, entryDate, status, direction, tradeType, tradeQuality)
                .values(exitDate, prices, pnl, returnValue, durationDays, excursions, daysSinceEntry, currentReturn));
    }

    private static Builder builderOf(long line, String positionId, String ticker, String strategy, LocalDate entryDate,
                                     TradeStatus status, Direction direction, String tradeType, String tradeQuality) {
        return new Builder().start(line).positionId(positionId).ticker(ticker).strategy(strategy).entryDate(entryDate)
                .status(status).direction(direction).tradeType(tradeType).tradeQuality(tradeQuality);
    }

    private Trade(Builder b) {
        this.line = b.line;
        this.positionId = Objects.requireNonNull(b.positionId, "positionId");
        this.ticker = Objects.requireNonNull(b.ticker, "ticker");
        this.strategy = Objects.requireNonNull(b.strategy, "strategy");
        this.entryDate = Objects.requireNonNull(b.entryDate, "entryDate");
        this.exitDate = b.exitDate;
        this.status = Objects.requireNonNull(b.status, "status");
        this.direction = Objects.requireNonNull(b.direction, "direction");
        this.pnl = b.pnl;
        this.returnValue = b.returnValue;
        this.tradeType = Objects.requireNonNull(b.tradeType, "tradeType");
        this.tradeQuality = Objects.requireNonNull(b.tradeQuality, "tradeQuality");
        this.present = b.present;
        this.entryPrice = b.entryPrice;
        this.exitPrice = b.exitPrice;
        this.size = b.size;
        this.durationDays = b.durationDays;
        this.mfe = b.mfe;
        this.mae = b.mae;
        this.mfeMaeRatio = b.mfeMaeRatio;
        this.exitEfficiency = b.exitEfficiency;
        this.daysSinceEntry = b.daysSinceEntry;
        this.currentReturn = b.currentReturn;
    }

    /** Returns the 1-based line number in the file. */
    public long line() {
        return line;
    }

    /** Returns the Position_UUID as text, {@code ""} when absent. */
    public String positionId() {
        return positionId;
    }

    /** Returns the ticker, upper-case. */
    public String ticker() {
        return ticker;
    }

    /** Returns the Strategy_Type, {@code "Unknown"} when absent. */
    public String strategy() {
        return strategy;
    }

    /** Returns the entry date. */
    public LocalDate entryDate() {
        return entryDate;
    }

    /** Returns the exit date, if any. */
    public Optional<LocalDate> exitDate() {
        return Optional.ofNullable(exitDate);
    }

    /** Tells whether the trade has an exit date. */
    public boolean hasExitDate() {
        return exitDate != null;
    }

    /**
     * Returns the exit date, without the object {@link #exitDate()} makes.
     *
     * @throws NoSuchElementException when the trade has none ({@link #hasExitDate()})
     */
    public LocalDate getExitDate() {
        if (exitDate == null) {
            throw new NoSuchElementException("no exit date on line " + line);
        }
        return exitDate;
    }

    /** Returns closed or open. */
    public TradeStatus status() {
        return status;
    }

    /** Tells whether the trade is closed. */
    public boolean isClosed() {
        return status == TradeStatus.CLOSED;
    }

    /** Returns long or short (long when absent). */
    public Direction direction() {
        return direction;
    }

    /** Returns the entry price, exit price and position size as exported. */
    public Prices prices() {
        return new Prices(entryPrice(), optional(EXIT_PRICE, exitPrice), optional(SIZE, size));
    }

    /** Returns the average entry price as exported, if any. */
    public OptionalDouble entryPrice() {
        return optional(ENTRY_PRICE, entryPrice);
    }

    /** Returns the exported PnL, if any. */
    public Optional<BigDecimal> pnl() {
        return pnl == null ? Optional.empty() : Optional.of(pnl.toBigDecimal());
    }

    /** Tells whether the export gives a PnL. */
    public boolean hasPnl() {
        return pnl != null;
    }

    /**
     * Returns the exported PnL as an exact {@link Decimal}; for a pass over millions of trades, where
     * {@link #pnl()} would make an object per call.
     *
     * @throws NoSuchElementException when the export gives none ({@link #hasPnl()})
     */
    public Decimal getExactPnl() {
        if (pnl == null) {
            throw new NoSuchElementException("no PnL on line " + line);
        }
        return pnl;
    }

    /** Returns the exported Return as a fraction (0.05 = 5 %), if any. */
    public Optional<BigDecimal> returnValue() {
        return returnValue == null ? Optional.empty() : Optional.of(returnValue.toBigDecimal());
    }

    /** Tells whether the export gives a Return. */
    public boolean hasReturn() {
        return returnValue != null;
    }

    /**
     * Returns the exported Return as an exact {@link Decimal}, without the object {@link #returnValue()} makes.
     *
     * @throws NoSuchElementException when the export gives none ({@link #hasReturn()})
     */
    public Decimal getExactReturn() {
        if (returnValue == null) {
            throw new NoSuchElementException("no Return on line " + line);
        }
        return returnValue;
    }

    /** Returns Duration_Days as exported, or derived for open trades. */
    public OptionalDouble durationDays() {
        return optional(DURATION_DAYS, durationDays);
    }

    /** Returns Trade_Type as exported, or derived when empty. */
    public String tradeType() {
        return tradeType;
    }

    /** Returns MFE, MAE, their ratio (possibly non-finite) and the exit efficiency. */
    public Excursions excursions() {
        return new Excursions(mfe(), mae(), optional(MFE_MAE_RATIO, mfeMaeRatio), optional(EXIT_EFFICIENCY, exitEfficiency));
    }

    /** Returns Max_Favourable_Excursion as a fraction, if any: {@code excursions().mfe()}. */
    public OptionalDouble mfe() {
        return optional(MFE, mfe);
    }

    /** Returns Max_Adverse_Excursion as a fraction, if any: {@code excursions().mae()}. */
    public OptionalDouble mae() {
        return optional(MAE, mae);
    }

    /** Returns Days_Since_Entry as exported, or derived for open trades. */
    public OptionalDouble daysSinceEntry() {
        return optional(DAYS_SINCE_ENTRY, daysSinceEntry);
    }

    /** Returns Current_Unrealized_PnL: the export's unrealised return snapshot of an open trade. */
    public OptionalDouble currentReturn() {
        return optional(CURRENT_RETURN, currentReturn);
    }

    /** Returns Trade_Quality, {@code ""} when absent. */
    public String tradeQuality() {
        return tradeQuality;
    }

    private OptionalDouble optional(int bit, double value) {
        return (present & bit) != 0 ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Trade t)) {
            return false;
        }
        return line == t.line && positionId.equals(t.positionId) && ticker.equals(t.ticker)
                && strategy.equals(t.strategy) && entryDate.equals(t.entryDate) && Objects.equals(exitDate, t.exitDate)
                && status == t.status && direction == t.direction && prices().equals(t.prices())
                && Objects.equals(pnl, t.pnl) && Objects.equals(returnValue, t.returnValue)
                && durationDays().equals(t.durationDays()) && tradeType.equals(t.tradeType)
                && excursions().equals(t.excursions()) && daysSinceEntry().equals(t.daysSinceEntry())
                && currentReturn().equals(t.currentReturn()) && tradeQuality.equals(t.tradeQuality);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, positionId, ticker, strategy, entryDate, exitDate, status, direction, prices(), pnl,
                returnValue, durationDays(), tradeType, excursions(), daysSinceEntry(), currentReturn(), tradeQuality);
    }

    @Override
    public String toString() {
        return "Trade[line=" + line + ", positionId=" + positionId + ", ticker=" + ticker + ", strategy=" + strategy
                + ", entryDate=" + entryDate + ", exitDate=" + exitDate() + ", status=" + status + ", direction="
                + direction + ", prices=" + prices() + ", pnl=" + pnl() + ", returnValue=" + returnValue()
                + ", durationDays=" + durationDays() + ", tradeType=" + tradeType + ", excursions=" + excursions()
                + ", daysSinceEntry=" + daysSinceEntry() + ", currentReturn=" + currentReturn() + ", tradeQuality="
                + tradeQuality + "]";
    }

    /**
     * Collects the values of one trade after another: a reader keeps one builder and starts it again
     * for each row, so that a trade costs one object and what it holds. Values not set are absent;
     * {@link #build()} checks that the identifying ones were set.
     *
     * <p>Not thread-safe.
     */
    public static final class Builder {
        private long line;
        private String positionId;
        private String ticker;
        private String strategy;
        private LocalDate entryDate;
        private LocalDate exitDate;
        private TradeStatus status;
        private Direction direction;
        private Decimal pnl;
        private Decimal returnValue;
        private String tradeType;
        private String tradeQuality;
        private int present;
        private double entryPrice;
        private double exitPrice;
        private double size;
        private double durationDays;
        private double mfe;
        private double mae;
        private double mfeMaeRatio;
        private double exitEfficiency;
        private double daysSinceEntry;
        private double currentReturn;

        /** Starts the trade of the given line, every other value unset. */
        public Builder start(long lineNumber) {
            line = lineNumber;
            positionId = "";
            ticker = null;
            strategy = null;
            entryDate = null;
            exitDate = null;
            status = null;
            direction = Direction.LONG;
            pnl = null;
            returnValue = null;
            tradeType = null;
            tradeQuality = "";
            present = 0;
            return this;
        }

        // The optional values as the public constructor takes them.
        private Builder values(Optional<LocalDate> exit, Prices prices, Optional<BigDecimal> pnlValue,
                               Optional<BigDecimal> returnValueValue, OptionalDouble duration, Excursions excursions,
                               OptionalDouble daysSince, OptionalDouble current) {
            exit.ifPresent(this::exitDate);
            prices.entry().ifPresent(this::entryPrice);
            prices.exit().ifPresent(this::exitPrice);
            prices.size().ifPresent(this::size);
            pnlValue.ifPresent(v -> pnl(Decimal.of(v)));
            returnValueValue.ifPresent(v -> returnValue(Decimal.of(v)));
            duration.ifPresent(this::durationDays);
            excursions.mfe().ifPresent(this::mfe);
            excursions.mae().ifPresent(this::mae);
            excursions.mfeMaeRatio().ifPresent(this::mfeMaeRatio);
            excursions.exitEfficiency().ifPresent(this::exitEfficiency);
            daysSince.ifPresent(this::daysSinceEntry);
            current.ifPresent(this::currentReturn);
            return this;
        }

        /** Builds the trade of the values set since {@link #start}. */
        public Trade build() {
            return new Trade(this);
        }

        public Builder positionId(String value) {
            positionId = value;
            return this;
        }

        public Builder ticker(String value) {
            ticker = value;
            return this;
        }

        public Builder strategy(String value) {
            strategy = value;
            return this;
        }

        public Builder entryDate(LocalDate value) {
            entryDate = value;
            return this;
        }

        public Builder exitDate(LocalDate value) {
            exitDate = Objects.requireNonNull(value, "exitDate");
            return this;
        }

        public Builder status(TradeStatus value) {
            status = value;
            return this;
        }

        public Builder direction(Direction value) {
            direction = value;
            return this;
        }

        public Builder pnl(Decimal value) {
            pnl = Objects.requireNonNull(value, "pnl");
            return this;
        }

        public Builder returnValue(Decimal value) {
            returnValue = Objects.requireNonNull(value, "returnValue");
            return this;
        }

        public Builder tradeType(String value) {
            tradeType = value;
            return this;
        }

        public Builder tradeQuality(String value) {
            tradeQuality = value;
            return this;
        }

        public Builder entryPrice(double value) {
            entryPrice = value;
            present |= ENTRY_PRICE;
            return this;
        }

        public Builder exitPrice(double value) {
            exitPrice = value;
            present |= EXIT_PRICE;
            return this;
        }

        public Builder size(double value) {
            size = value;
            present |= SIZE;
            return this;
        }

        public Builder durationDays(double value) {
            durationDays = value;
            present |= DURATION_DAYS;
            return this;
        }

        public Builder mfe(double value) {
            mfe = value;
            present |= MFE;
            return this;
        }

        public Builder mae(double value) {
            mae = value;
            present |= MAE;
            return this;
        }

        public Builder mfeMaeRatio(double value) {
            mfeMaeRatio = value;
            present |= MFE_MAE_RATIO;
            return this;
        }

        public Builder exitEfficiency(double value) {
            exitEfficiency = value;
            present |= EXIT_EFFICIENCY;
            return this;
        }

        public Builder daysSinceEntry(double value) {
            daysSinceEntry = value;
            present |= DAYS_SINCE_ENTRY;
            return this;
        }

        public Builder currentReturn(double value) {
            currentReturn = value;
            present |= CURRENT_RETURN;
            return this;
        }

    }

    /**
     * Holds the prices and size of a trade as exported.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param entry the average entry price
     * @param exit  the average exit price
     * @param size  the position size
     */
    public record Prices(OptionalDouble entry, OptionalDouble exit, OptionalDouble size) {
        /** Validates that every component is present. */
        public Prices {
            Objects.requireNonNull(entry, "entry");
            Objects.requireNonNull(exit, "exit");
            Objects.requireNonNull(size, "size");
        }
    }

    /**
     * Holds the excursion statistics of a trade as exported; ratios may be non-finite ({@code inf}, {@code nan}).
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param mfe            Max_Favourable_Excursion as a fraction
     * @param mae            Max_Adverse_Excursion as a fraction
     * @param mfeMaeRatio    MFE_MAE_Ratio, possibly infinite or NaN
     * @param exitEfficiency Exit_Efficiency (or Exit_Efficiency_Fixed when that is the one given)
     */
    public record Excursions(OptionalDouble mfe, OptionalDouble mae, OptionalDouble mfeMaeRatio,
                             OptionalDouble exitEfficiency) {
        /** Validates that every component is present. */
        public Excursions {
            Objects.requireNonNull(mfe, "mfe");
            Objects.requireNonNull(mae, "mae");
            Objects.requireNonNull(mfeMaeRatio, "mfeMaeRatio");
            Objects.requireNonNull(exitEfficiency, "exitEfficiency");
        }
    }
}
