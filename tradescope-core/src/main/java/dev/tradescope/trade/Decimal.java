package dev.tradescope.trade;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact decimal number of an export (a PnL, a Return), with the value and the scale of its text,
 * as {@link BigDecimal} keeps them. Nearly every such number has at most 18 digits and at most 18
 * decimals: it is then held as a {@code long} of its digits and a scale, which compares and sums (see
 * {@link DecimalSum}) without the objects a {@code BigDecimal} makes for each operation; any other
 * number is held as a {@code BigDecimal}. Either way the arithmetic is that of {@code BigDecimal}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Decimal implements Comparable<Decimal> {
    /** The largest scale, and the most digits, of a number held as a {@code long}. */
    static final int MAX_COMPACT_DIGITS = 18;
    /** What {@link #rescale} answers for a result beyond a {@code long}; no rescaled value takes it. */
    static final long OVERFLOW = Long.MIN_VALUE;
    private static final long[] POWERS_OF_TEN = powersOfTen();
    // double powers of ten exactly representable, as BigDecimal.doubleValue() uses them
    private static final double[] DOUBLE_POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
        1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    private final long unscaled;
    private final int scale;
    private final BigDecimal big; // null when the number is held as unscaled and scale

    private Decimal(long unscaled, int scale, BigDecimal big) {
        this.unscaled = unscaled;
        this.scale = scale;
        this.big = big;
    }

    /** Returns {@code unscaled × 10^-scale}, as {@link BigDecimal#valueOf(long, int)} would. */
    public static Decimal of(long unscaled, int scale) {
        return isCompact(unscaled, scale) ? new Decimal(unscaled, scale, null)
                : new Decimal(0, 0, BigDecimal.valueOf(unscaled, scale));
    }

    /** Returns the number of a {@code BigDecimal}, with its scale. */
    public static Decimal of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        int scale = value.scale();
        if (scale >= 0 && scale <= MAX_COMPACT_DIGITS && value.precision() <= MAX_COMPACT_DIGITS) {
            return new Decimal(value.unscaledValue().longValue(), scale, null);
        }
        return new Decimal(0, 0, value);
    }

    /**
     * Parses decimal text as {@code new BigDecimal(text)} does (the same value and scale): the common
     * form {@code [-]digits[.digits]} directly, every other one by {@code BigDecimal}.
     *
     * @throws NumberFormatException when the text is not a decimal number
     */
    public static Decimal parse(CharSequence text) {
        int length = text.length();
        boolean negative = length > 0 && text.charAt(0) == '-';
        long digitsValue = 0;
        int scale = -1;
        int digits = 0;
        for (int i = negative ? 1 : 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > MAX_COMPACT_DIGITS) {
                    return of(new BigDecimal(text.toString()));
                }
                digitsValue = digitsValue * 10 + (c - '0');
                if (scale >= 0) {
                    scale++;
                }
            } else if (c == '.' && scale < 0) {
                scale = 0;
            } else {
                return of(new BigDecimal(text.toString()));
            }
        }
        if (digits == 0) {
            return of(new BigDecimal(text.toString()));
        }
        return new Decimal(negative ? -digitsValue : digitsValue, Math.max(scale, 0), null);
    }

    /** Returns the number as a {@code BigDecimal}, with its scale. */
    public BigDecimal toBigDecimal() {
        return big != null ? big : BigDecimal.valueOf(unscaled, scale);
    }

    /** Returns the nearest {@code double}, the same as {@link BigDecimal#doubleValue()} of the number. */
    public double doubleValue() {
        if (big == null) {
            if (scale == 0) {
                return unscaled;
            }
            if (Math.abs(unscaled) < 1L << 52) {
                return unscaled / DOUBLE_POWERS_OF_TEN[scale];
            }
        }
        return toBigDecimal().doubleValue();
    }

    /** Returns -1, 0 or 1 as the number is negative, zero or positive. */
    public int signum() {
        return big != null ? big.signum() : Long.signum(unscaled);
    }

    /** Compares the values, as {@link BigDecimal#compareTo} does (2.0 equals 2.00 here). */
    @Override
    public int compareTo(Decimal other) {
        return other.big == null ? compareTo(other.unscaled, other.scale) : toBigDecimal().compareTo(other.big);
    }

    /**
     * Compares the value with {@code otherUnscaled × 10^-otherScale}, the {@link #unscaled()} and {@link #scale()}
     * of a compact number, as {@link #compareTo(Decimal)} would with that number: for callers that keep a
     * number's digits and scale rather than the object (whose fields a comparison would otherwise load).
     */
    public int compareTo(long otherUnscaled, int otherScale) {
        if (big == null) {
            if (scale == otherScale) {
                return Long.compare(unscaled, otherUnscaled);
            }
            int target = Math.max(scale, otherScale);
            long a = rescale(unscaled, target - scale);
            long b = rescale(otherUnscaled, target - otherScale);
            if (a != OVERFLOW && b != OVERFLOW) {
                return Long.compare(a, b);
            }
        }
        return toBigDecimal().compareTo(BigDecimal.valueOf(otherUnscaled, otherScale));
    }

    /** Tells whether the number is held as a {@code long} of digits and a scale (at most 18 of each). */
    public boolean isCompact() {
        return big == null;
    }

    /** The digits of a compact number (see {@link #isCompact()}); 0 for any other. */
    public long unscaled() {
        return unscaled;
    }

    /** The scale of a compact number (see {@link #isCompact()}); 0 for any other. */
    public int scale() {
        return scale;
    }

    /** Equal when {@link BigDecimal#equals} would be: the same value and the same scale. */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Decimal other)) {
            return false;
        }
        return big == null ? other.big == null && unscaled == other.unscaled && scale == other.scale
                : big.equals(other.big);
    }

    @Override
    public int hashCode() {
        return big != null ? big.hashCode() : 31 * Long.hashCode(unscaled) + scale;
    }

    /** Returns the number as {@link BigDecimal#toString()} writes it. */
    @Override
    public String toString() {
        return toBigDecimal().toString();
    }

    /** Returns {@code value × 10^k} (k from 0 to 18), or {@link #OVERFLOW} when it does not fit a long. */
    static long rescale(long value, int k) {
        if (k == 0) {
            return value;
        }
        long power = POWERS_OF_TEN[k];
        long high = Math.multiplyHigh(value, power);
        long low = value * power;
        boolean fits = (high == 0 && low >= 0) || (high == -1 && low < 0);
        return fits && low != OVERFLOW ? low : OVERFLOW;
    }

    private static boolean isCompact(long unscaled, int scale) {
        return scale >= 0 && scale <= MAX_COMPACT_DIGITS && unscaled > -POWERS_OF_TEN[MAX_COMPACT_DIGITS]
                && unscaled < POWERS_OF_TEN[MAX_COMPACT_DIGITS];
    }

    private static long[] powersOfTen() {
        long[] powers = new long[MAX_COMPACT_DIGITS + 1];
        powers[0] = 1;
        for (int i = 1; i < powers.length; i++) {
            powers[i] = powers[i - 1] * 10;
        }
        return powers;
    }
}
