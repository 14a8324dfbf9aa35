package dev.tradescope.research;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Holds one line of plain text of a note as the Markdown parser sees it: emphasis markers removed,
 * with its line number in the note and the heading level (0 for body text).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param line         the 1-based line number in the note file
 * @param headingLevel the heading level, or 0 when the line is not a heading
 * @param text         the plain text, stripped
 */
record TextLine(int line, int headingLevel, String text) {

    TextLine {
        Objects.requireNonNull(text, "text");
    }

    /** Collects the plain-text lines of every heading and paragraph (list items included) of a document. */
    static List<TextLine> of(Node document, int lineOffset) {
        Collector collector = new Collector(lineOffset);
        document.accept(collector);
        return collector.lines;
    }

    /** Tells whether this line looks like a table row (tables are not read). */
    boolean isTableRow() {
        return text.startsWith("|");
    }

    private static final class Collector extends AbstractVisitor {
        private final int lineOffset;
        private final List<TextLine> lines = new ArrayList<>();

        Collector(int lineOffset) {
            this.lineOffset = lineOffset;
        }

        @Override
        public void visit(Heading heading) {
            add(heading, heading.getLevel());
        }

        @Override
        public void visit(Paragraph paragraph) {
            add(paragraph, 0);
        }

        private void add(Node block, int level) {
            int first = block.getSourceSpans().isEmpty() ? 0 : block.getSourceSpans().get(0).getLineIndex();
            InlineText inline = new InlineText();
            block.accept(inline);
            String[] parts = inline.text.toString().split("\n", -1);
            for (int i = 0; i < parts.length; i++) {
                String text = parts[i].strip();
                if (!text.isEmpty()) {
                    lines.add(new TextLine(lineOffset + first + i + 1, level, text));
                }
            }
        }
    }

    // Concatenates the literal text of inline nodes; line breaks stay line breaks.
    private static final class InlineText extends AbstractVisitor {
        private final StringBuilder text = new StringBuilder();

        @Override
        public void visit(Text node) {
            text.append(node.getLiteral());
        }

        @Override
        public void visit(Code code) {
            text.append(code.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak softLineBreak) {
            text.append('\n');
        }

        @Override
        public void visit(HardLineBreak hardLineBreak) {
            text.append('\n');
        }

        @Override
        public void visit(HtmlInline htmlInline) {
            // markup, not text
        }

        @Override
        public void visit(Image image) {
            // alternative text is not note content
        }
    }
}
