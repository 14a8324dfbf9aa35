package dev.tradescope.trade;

import java.math.BigDecimal;

/**
 * An exact running sum of {@link Decimal}s: the same value and scale as adding their
 * {@code BigDecimal}s to {@link BigDecimal#ZERO}, held in a {@code long} while it fits (adding then
 * makes no object) and as a {@code BigDecimal} from the first addition that would not.
 *
 * <p>Not thread-safe: a sum belongs to one accumulator.
 */
public final class DecimalSum {
    private long unscaled;
    private int scale;
    private BigDecimal big; // null while the sum is held as unscaled and scale

    /** Adds a number. */
    public void add(Decimal value) {
        if (big == null && value.isCompact() && addCompact(value.unscaled(), value.scale())) {
            return;
        }
        big = toBigDecimal().add(value.toBigDecimal());
    }

    /** Adds what another sum holds. */
    public void addAll(DecimalSum other) {
        if (big == null && other.big == null && addCompact(other.unscaled, other.scale)) {
            return;
        }
        big = toBigDecimal().add(other.toBigDecimal());
    }

    /** Returns the sum, with the largest scale of the numbers added (0 when none was). */
    public BigDecimal toBigDecimal() {
        return big != null ? big : BigDecimal.valueOf(unscaled, scale);
    }

    // Adds at the larger of the two scales; false, leaving the sum as it was, when the result would not fit.
    private boolean addCompact(long otherUnscaled, int otherScale) {
        int target = Math.max(scale, otherScale);
        long a = Decimal.rescale(unscaled, target - scale);
        long b = Decimal.rescale(otherUnscaled, target - otherScale);
        if (a == Decimal.OVERFLOW || b == Decimal.OVERFLOW) {
            return false;
        }
        long sum = a + b;
        if (((a ^ sum) & (b ^ sum)) < 0 || sum == Decimal.OVERFLOW) {
            return false;
        }
        unscaled = sum;
        scale = target;
        return true;
    }
}
