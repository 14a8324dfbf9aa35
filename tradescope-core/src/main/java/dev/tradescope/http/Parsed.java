package dev.tradescope.http;

import dev.tradescope.support.FailureKind;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Holds what a vendor parser made of a successful HTTP answer: the data with its market date, or a
 * miss the body itself reports (Alpha Vantage's {@code Note}, an empty IMF answer).
 *
 * @param <T> the type of the data
 */
public sealed interface Parsed<T> {

    /** Builds parsed data. */
    static <T> Parsed<T> value(T value, Optional<LocalDate> marketDate) {
        return new Value<>(value, marketDate);
    }

    /** Builds a miss reported in the body. */
    static <T> Parsed<T> miss(FailureKind kind, String message) {
        return new Miss<>(kind, message);
    }

    /**
     * Holds parsed data.
     *
     * @param value      the data
     * @param marketDate the market date of the latest data point, if any
     * @param <T>        its type
     */
    record Value<T>(T value, Optional<LocalDate> marketDate) implements Parsed<T> {
        /** Validates the components. */
        public Value {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(marketDate, "marketDate");
        }
    }

    /**
     * Holds a miss reported in the body.
     *
     * @param kind    the kind of miss
     * @param message what the body said, redacted by the caller
     * @param <T>     the type the data would have had
     */
    record Miss<T>(FailureKind kind, String message) implements Parsed<T> {
        /** Validates the components. */
        public Miss {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(message, "message");
        }
    }
}
