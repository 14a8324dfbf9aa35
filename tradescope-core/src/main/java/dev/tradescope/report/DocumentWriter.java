package dev.tradescope.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tradescope.support.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;

/** Writes a discovery document as JSON: to a file (temp file + atomic rename) or to a writer. */
public final class DocumentWriter {
    /** Where documents go inside a workspace. */
    public static final String OUTPUT_DIR = "data/outputs/trade_history/discovery";

    private DocumentWriter() {
    }

    /** Writes the document to {@code target} atomically. */
    public static void write(ObjectNode document, Path target) {
        AtomicFiles.write(target, out -> {
            JsonSupport.write(document, out);
            out.write('\n');
        });
    }

    /** Writes the document to a character stream (left open), followed by a newline. */
    public static void write(ObjectNode document, Writer writer) {
        try {
            JsonSupport.write(document, writer);
            writer.write(System.lineSeparator());
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
