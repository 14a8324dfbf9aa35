package dev.tradescope.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tradescope.support.AtomicFiles;
import java.io.IOException;
import java.io.OutputStream;
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
        AtomicFiles.write(target, out -> writeTo(document, out));
    }

    /** Writes the document to a character stream, followed by a newline. */
    public static void write(ObjectNode document, Writer writer) {
        try {
            JsonSupport.MAPPER.writeValue(new NonClosingWriter(writer), document);
            writer.write(System.lineSeparator());
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeTo(ObjectNode document, OutputStream out) throws IOException {
        JsonSupport.MAPPER.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, document);
        out.write('\n');
    }

    // Keeps the caller's writer (stdout) open after Jackson is done.
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
