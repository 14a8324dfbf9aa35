package dev.tradescope.research;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads scores written on any scale ({@code 0.9/1.0}, {@code 9.1/10.0}, {@code 85%}, {@code 7.0}) as 0–1. */
final class Scores {

    private static final Pattern SCORE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?:(%)|/\\s*(\\d+(?:\\.\\d+)?))?");
    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int SCALE = 4;

    private Scores() {
    }

    /** Returns the first score in {@code value} normalised to [0, 1], if there is one on a known scale. */
    static Optional<BigDecimal> findScore(String value) {
        Matcher m = SCORE.matcher(value);
        if (!m.find()) {
            return Optional.empty();
        }
        BigDecimal number = new BigDecimal(m.group(1));
        Optional<BigDecimal> scale = m.group(2) != null ? Optional.of(HUNDRED)
                : Optional.ofNullable(m.group(3)).map(BigDecimal::new).or(() -> impliedScale(number));
        return scale.filter(s -> s.signum() > 0).map(s -> ratio(number, s)).filter(Scores::isUnit);
    }

    private static Optional<BigDecimal> impliedScale(BigDecimal number) {
        if (number.compareTo(ONE) <= 0) {
            return Optional.of(ONE);
        }
        if (number.compareTo(TEN) <= 0) {
            return Optional.of(TEN);
        }
        return number.compareTo(HUNDRED) <= 0 ? Optional.of(HUNDRED) : Optional.empty();
    }

    /** Divides and rounds to 4 decimals, dropping trailing zeros ({@code 0.9}, {@code 0.91}). */
    static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        BigDecimal value = numerator.divide(denominator, MathContext.DECIMAL64).setScale(SCALE, RoundingMode.HALF_EVEN);
        return plain(value);
    }

    /** Drops trailing zeros without ever switching to exponent notation. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
    }

    private static boolean isUnit(BigDecimal value) {
        return value.signum() >= 0 && value.compareTo(ONE) <= 0;
    }
}
