package dev.tradescope.support;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Holds either a value or a {@link Failure}: the answer type for operations whose misses are expected.
 *
 * <p>This class is immutable and thread-safe when its value is.
 *
 * @param <T> the type of the value
 */
public sealed interface Result<T> {

    /** Builds a successful result. */
    static <T> Result<T> ok(T value) {
        return new Ok<>(value);
    }

    /** Builds a failed result. */
    static <T> Result<T> failed(Failure failure) {
        return new Failed<>(failure);
    }

    /** Builds a failed result from its parts. */
    static <T> Result<T> failed(FailureKind kind, String source, String subject, String message) {
        return new Failed<>(new Failure(kind, source, subject, message));
    }

    /** Tells whether this result holds a value. */
    boolean isOk();

    /** Returns the value, if any. */
    Optional<T> findValue();

    /** Returns the failure, if any. */
    Optional<Failure> findFailure();

    /** Returns the value or throws {@link IllegalStateException} describing the failure. */
    default T getValue() {
        return findValue().orElseThrow(() -> new IllegalStateException(
                findFailure().map(Failure::describe).orElse("no value")));
    }

    /** Maps the value of a successful result; a failure passes through unchanged. */
    <U> Result<U> map(Function<? super T, ? extends U> mapper);

    /**
     * Holds a value.
     *
     * @param value the value
     * @param <T> its type
     */
    record Ok<T>(T value) implements Result<T> {
        /** Validates that the value is present. */
        public Ok {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public boolean isOk() {
            return true;
        }

        @Override
        public Optional<T> findValue() {
            return Optional.of(value);
        }

        @Override
        public Optional<Failure> findFailure() {
            return Optional.empty();
        }

        @Override
        public <U> Result<U> map(Function<? super T, ? extends U> mapper) {
            return new Ok<>(mapper.apply(value));
        }
    }

    /**
     * Holds a failure.
     *
     * @param failure what went wrong
     * @param <T> the type a value would have had
     */
    record Failed<T>(Failure failure) implements Result<T> {
        /** Validates that the failure is present. */
        public Failed {
            Objects.requireNonNull(failure, "failure");
        }

        @Override
        public boolean isOk() {
            return false;
        }

        @Override
        public Optional<T> findValue() {
            return Optional.empty();
        }

        @Override
        public Optional<Failure> findFailure() {
            return Optional.of(failure);
        }

        @Override
        public <U> Result<U> map(Function<? super T, ? extends U> mapper) {
            return new Failed<>(failure);
        }
    }
}
