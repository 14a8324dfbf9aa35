package dev.tradescope.trade;

import java.util.function.Consumer;

/**
 * A consumer of trades whose work can be divided: a large file may be read in parts at once, each
 * part's trades going to a sink of its own made by {@link #fork}, which are then joined in file order.
 *
 * @param <S> the sink's own type
 */
public interface TradeSink<S extends TradeSink<S>> extends Consumer<Trade> {
    /** Returns an empty sink of the same kind and settings, for the trades of another part of the file. */
    S fork();

    /**
     * Adds what {@code later} has received, as if its trades had come here after this one's own.
     *
     * @param later       the sink of the part of the file that follows this one's
     * @param linesBefore what to add to the line numbers of {@code later}'s trades to make them the file's:
     *                    0 when they are the file's already, else the lines of the file before its part
     */
    void join(S later, long linesBefore);
}
