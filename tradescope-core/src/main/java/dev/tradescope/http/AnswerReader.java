package dev.tradescope.http;

import java.io.IOException;

/**
 * Reads the body of a successful answer into data or a reported miss; throws on a body of the wrong shape.
 *
 * @param <T> the type of the data
 */
@FunctionalInterface
public interface AnswerReader<T> {

    /** Reads the body; throws {@link IOException} or {@link MalformedAnswerException} on a wrong shape. */
    Parsed<T> read(String body) throws IOException;
}
