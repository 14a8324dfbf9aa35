package dev.tradescope.research;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Holds the text of a note read from disk, or why it was skipped (too large, binary, not UTF-8, unreadable).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param text       the decoded text; empty when skipped
 * @param skipReason why the note was not read; empty when read
 */
record NoteText(String text, Optional<String> skipReason) {

    /** Notes larger than this are skipped: 5 MB. */
    static final long MAX_NOTE_BYTES = 5L * 1024 * 1024;

    NoteText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(skipReason, "skipReason");
    }

    /** Reads a note, never throwing: every problem becomes a skip reason. */
    static NoteText read(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_NOTE_BYTES) {
                return skipped("larger than 5 MB (" + size + " bytes)");
            }
            return decode(Files.readAllBytes(file));
        } catch (IOException | RuntimeException e) {
            return skipped("unreadable (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    /** Decodes note bytes as strict UTF-8; NUL bytes mark a binary file. */
    static NoteText decode(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return skipped("binary content (NUL bytes)");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new NoteText(text, Optional.empty());
        } catch (CharacterCodingException e) {
            return skipped("not UTF-8 text");
        }
    }

    private static NoteText skipped(String reason) {
        return new NoteText("", Optional.of(reason));
    }

    /** Tells whether the note was read. */
    boolean isRead() {
        return skipReason.isEmpty();
    }
}
