package dev.tradescope.research;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Extracts recommendation, scores, fair value, price, expected return, generated date and title from a
 * research note. The Markdown parser gives the structure (title heading, heading and paragraph lines with
 * emphasis removed); labelled segments ({@code Label: value}, separated by {@code |}) give the values.
 * A recommendation is never inferred from words elsewhere: only a {@code Recommendation:} line, or failing
 * that an explicit prose statement (marked as such).
 */
final class NoteParser {

    private static final Parser MARKDOWN = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private static final String TERMS = "STRONG BUY|STRONG SELL|BUY|SELL|HOLD|ACCUMULATE|REDUCE|OUTPERFORM"
            + "|UNDERPERFORM|OVERWEIGHT|UNDERWEIGHT|NEUTRAL|AVOID";
    private static final Pattern TERM = Pattern.compile("^(" + TERMS.replace(" ", "\\s+") + ")\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PROSE = Pattern.compile(
            "\\b(?:a|an|the|our|its)\\s+(" + TERMS.replace(" ", "\\s+") + ")\\s+(?:recommendation|rating)\\b");
    private static final Pattern QUALIFIED_LABEL = Pattern.compile(
            "(?i)(?:primary|investment|final|overall|our)\\s+recommendation");
    private static final String NUMBER = "(\\d[\\d,]*(?:\\.\\d+)?)";
    private static final Pattern RANGE = Pattern.compile("\\$?\\s*" + NUMBER + "\\s*[-–—]\\s*\\$?\\s*" + NUMBER);
    private static final Pattern CURRENT = Pattern.compile("\\bCurrent(?:\\s+Price)?\\s*:\\s*~?\\s*\\$\\s*" + NUMBER);
    private static final Pattern PERCENT = Pattern.compile("^~?\\s*([-+]?\\d+(?:\\.\\d+)?)\\s*%\\s*(?:\\(([^)]*)\\))?");
    private static final Pattern TITLE = Pattern.compile("^(.*?)\\s*\\(([A-Za-z0-9.\\-^=]{1,15})\\)");
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");
    /** The written dates a note may carry: "July 1, 2025", "Jul 1, 2025", "1 July 2025". */
    static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            monthFirst(EnglishMonths.FULL), monthFirst(EnglishMonths.SHORT), dayFirst(EnglishMonths.FULL));
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int MAX_LABEL_LENGTH = 40;

    private NoteParser() {
    }

    // English month names given to the formatters as they are: a formatter of pattern "MMMM" looks its names
    // up in the JDK's locale data, whose first use costs a run some 20 ms. The same text as
    // DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH) and the like (NoteParserTest compares them).
    private static final class EnglishMonths {
        static final Map<Long, String> FULL = names(0);
        static final Map<Long, String> SHORT = names(3);

        private static Map<Long, String> names(int length) {
            Map<Long, String> names = new HashMap<>();
            for (Month month : Month.values()) {
                String name = month.name().charAt(0) + month.name().substring(1).toLowerCase(Locale.ROOT);
                names.put((long) month.getValue(), length > 0 ? name.substring(0, length) : name);
            }
            return names;
        }
    }

    private static DateTimeFormatter monthFirst(Map<Long, String> months) {
        return new DateTimeFormatterBuilder().appendText(ChronoField.MONTH_OF_YEAR, months)
                .appendPattern(" d, uuuu").toFormatter(Locale.ENGLISH);
    }

    private static DateTimeFormatter dayFirst(Map<Long, String> months) {
        return new DateTimeFormatterBuilder().appendPattern("d ").appendText(ChronoField.MONTH_OF_YEAR, months)
                .appendPattern(" uuuu").toFormatter(Locale.ENGLISH);
    }

    /** Parses the text of a note. */
    static NoteContent parse(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        FrontMatter frontMatter = FrontMatter.split(body);
        List<TextLine> lines = TextLine.of(MARKDOWN.parse(relevantLines(frontMatter.body())),
                frontMatter.bodyOffset());
        NoteContent content = new NoteContent();
        readTitle(lines, frontMatter, content);
        List<Recommendation> recommendations = new ArrayList<>();
        for (TextLine line : lines) {
            if (!line.isTableRow()) {
                readSegments(line, content, recommendations);
            }
        }
        readFrontMatterDate(frontMatter, content);
        chooseRecommendation(recommendations, lines, content);
        return content;
    }

    /**
     * Blanks the lines that can hold nothing this parser reads, so that the Markdown parser only sees the
     * rest; line numbers stay the same. Kept: headings, lines with a colon (labelled values), lines that
     * mention a recommendation or rating (prose statements), setext titles and code fences. Blanked:
     * table rows (starting with {@code |}) and any other line.
     */
    static String relevantLines(String body) {
        StringBuilder out = new StringBuilder(body.length() / 2);
        int start = 0;
        int length = body.length();
        while (start < length) {
            int end = body.indexOf('\n', start);
            int lineEnd = end < 0 ? length : end;
            if (isRelevant(body, start, lineEnd) || end >= 0 && isSetextUnderline(body, end + 1)) {
                out.append(body, start, lineEnd);
            }
            if (end >= 0) {
                out.append('\n');
            }
            start = end < 0 ? length : end + 1;
        }
        return out.toString();
    }

    private static boolean isRelevant(String body, int start, int end) {
        int first = start;
        while (first < end && (body.charAt(first) == ' ' || body.charAt(first) == '\t')) {
            first++;
        }
        if (first == end || body.charAt(first) == '|') {
            return false;
        }
        char c = body.charAt(first);
        if (c == '#' || c == '=' || c == '-' || c == '`' || c == '~') {
            return true;
        }
        for (int i = first; i < end; i++) {
            char ch = body.charAt(i);
            if (ch == ':' || (ch == 'e' || ch == 'E') && mentions(body, i, end, "ecommend")
                    || (ch == 'r' || ch == 'R') && mentions(body, i, end, "rating")) {
                return true;
            }
        }
        return false;
    }

    // a line of '=' under a title makes the title a level-1 heading: keep the title line
    private static boolean isSetextUnderline(String body, int start) {
        int i = start;
        while (i < body.length() && body.charAt(i) == ' ') {
            i++;
        }
        return i < body.length() && body.charAt(i) == '=';
    }

    private static boolean mentions(String body, int at, int end, String word) {
        return end - at >= word.length() && body.regionMatches(true, at, word, 0, word.length());
    }

    private record Recommendation(int line, String value) {
    }

    private static void readTitle(List<TextLine> lines, FrontMatter frontMatter, NoteContent content) {
        Optional<TextLine> heading = lines.stream().filter(l -> l.headingLevel() == 1).findFirst();
        Optional<String> text = heading.map(TextLine::text).or(() -> frontMatter.find("title"));
        text.ifPresent(title -> {
            Matcher m = TITLE.matcher(title);
            boolean named = m.find();
            content.title(heading.map(TextLine::line).orElse(0), title,
                    named ? Optional.of(m.group(1)).filter(s -> !s.isBlank()) : Optional.empty(),
                    named ? Optional.of(m.group(2)) : Optional.empty());
        });
    }

    private static void readSegments(TextLine line, NoteContent content, List<Recommendation> recommendations) {
        findCurrentPrice(line.text()).ifPresent(price -> content.currentPrice(line.line(), price));
        String text = stripLeadingSymbols(line.text());
        for (String segment : text.split("\\|")) {
            int colon = segment.indexOf(':');
            if (colon > 0 && colon <= MAX_LABEL_LENGTH) {
                String label = stripLeadingSymbols(segment.substring(0, colon)).strip().toLowerCase(Locale.ROOT);
                readLabelled(line.line(), label, segment.substring(colon + 1).strip(), content, recommendations);
            }
        }
    }

    private static void readLabelled(int line, String label, String value, NoteContent content,
            List<Recommendation> recommendations) {
        switch (label) {
            case "recommendation" -> recommendations.add(new Recommendation(line, value));
            case "conviction", "conviction level" ->
                Scores.findScore(value).ifPresent(score -> content.conviction(line, score));
            case "confidence", "confidence level", "overall confidence", "analysis confidence" ->
                Scores.findScore(value).ifPresent(score -> content.confidence(line, score));
            case "fair value range" -> readRange(line, value, content);
            case "expected return" -> readExpectedReturn(line, value, content);
            case "generated" -> parseDate(value).ifPresent(d -> content.dateCandidate(line, d, DateSource.GENERATED_LINE));
            case "date", "analysis date", "report date" ->
                parseDate(value).ifPresent(d -> content.dateCandidate(line, d, DateSource.DATE_LINE));
            default -> {
                // other labels carry nothing this parser reads
            }
        }
    }

    private static void readRange(int line, String value, NoteContent content) {
        Matcher m = RANGE.matcher(value);
        if (m.find()) {
            BigDecimal low = number(m.group(1));
            BigDecimal high = number(m.group(2));
            if (low.compareTo(high) <= 0) {
                content.fairValueRange(line, low, high);
            } else {
                content.issue(line, "fair value range " + m.group() + " has its low above its high; ignored");
            }
        }
    }

    private static void readExpectedReturn(int line, String value, NoteContent content) {
        Matcher m = PERCENT.matcher(value);
        if (m.find()) {
            BigDecimal fraction = Scores.plain(new BigDecimal(m.group(1)).movePointLeft(2));
            content.expectedReturn(line, fraction, Optional.ofNullable(m.group(2)).map(String::strip));
        }
    }

    private static Optional<BigDecimal> findCurrentPrice(String text) {
        if (!text.contains("Current")) {
            return Optional.empty();
        }
        Matcher m = CURRENT.matcher(text);
        return m.find() ? Optional.of(number(m.group(1))) : Optional.empty();
    }

    private static void readFrontMatterDate(FrontMatter frontMatter, NoteContent content) {
        frontMatter.find("date").flatMap(NoteParser::parseDate)
                .ifPresent(d -> content.dateCandidate(0, d, DateSource.FRONT_MATTER));
        content.resolveGeneratedDate();
    }

    private static void chooseRecommendation(List<Recommendation> lines, List<TextLine> text, NoteContent content) {
        List<Recommendation> recognised = new ArrayList<>();
        for (Recommendation candidate : lines) {
            Optional<String> term = findTerm(candidate.value());
            if (term.isPresent()) {
                recognised.add(new Recommendation(candidate.line(), term.get()));
            } else {
                content.issue(candidate.line(), "unrecognised recommendation '" + candidate.value() + "'; ignored");
            }
        }
        if (!recognised.isEmpty()) {
            Recommendation first = recognised.get(0);
            content.recommendation(first.line(), first.value(), RecommendationSource.RECOMMENDATION_LINE);
            reportRepeats(recognised, content);
            return;
        }
        readProse(text, content);
    }

    private static void reportRepeats(List<Recommendation> recognised, NoteContent content) {
        if (recognised.size() < 2) {
            return;
        }
        Recommendation first = recognised.get(0);
        for (Recommendation other : recognised.subList(1, recognised.size())) {
            content.issue(other.line(), "another Recommendation line (" + other.value() + ") after line "
                    + first.line() + " (" + first.value() + "); the first one is used");
        }
    }

    private static void readProse(List<TextLine> lines, NoteContent content) {
        List<Recommendation> statements = new ArrayList<>();
        for (TextLine line : lines) {
            if (!line.isTableRow()) {
                findProseTerm(line.text()).ifPresent(term -> statements.add(new Recommendation(line.line(), term)));
            }
        }
        if (statements.isEmpty()) {
            return;
        }
        Recommendation first = statements.get(0);
        content.recommendation(first.line(), first.value(), RecommendationSource.PROSE);
        statements.stream().filter(s -> !s.value().equals(first.value())).findFirst().ifPresent(other ->
                content.issue(other.line(), "prose states " + other.value() + " but line " + first.line()
                        + " states " + first.value() + "; the first one is used"));
    }

    private static Optional<String> findProseTerm(String text) {
        Matcher prose = PROSE.matcher(text);
        if (prose.find()) {
            return Optional.of(normaliseTerm(prose.group(1)));
        }
        String plain = stripLeadingSymbols(text);
        int colon = plain.indexOf(':');
        if (colon > 0 && QUALIFIED_LABEL.matcher(plain.substring(0, colon).strip()).matches()) {
            return findTerm(plain.substring(colon + 1).strip());
        }
        return Optional.empty();
    }

    private static Optional<String> findTerm(String value) {
        Matcher m = TERM.matcher(stripLeadingSymbols(value));
        return m.find() ? Optional.of(normaliseTerm(m.group(1))) : Optional.empty();
    }

    private static String normaliseTerm(String term) {
        return SPACES.matcher(term.toUpperCase(Locale.ROOT)).replaceAll(" ");
    }

    /** Parses {@code 2025-08-28}, {@code 2025-08-28T13:45:00}, {@code July 11, 2025} or {@code 11 July 2025}. */
    static Optional<LocalDate> parseDate(String value) {
        String text = value.strip();
        Matcher iso = ISO_DATE.matcher(text);
        if (iso.find()) {
            return tryParse(iso.group(1), DateTimeFormatter.ISO_LOCAL_DATE);
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            Optional<LocalDate> date = tryParse(text, format);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> tryParse(String text, DateTimeFormatter format) {
        try {
            return Optional.of(LocalDate.from(format.parse(text, new java.text.ParsePosition(0))));
        } catch (java.time.DateTimeException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private static String stripLeadingSymbols(String text) {
        int i = 0;
        while (i < text.length() && !Character.isLetterOrDigit(text.codePointAt(i)) && text.charAt(i) != '$'
                && text.charAt(i) != '~') {
            i += Character.charCount(text.codePointAt(i));
        }
        return text.substring(i);
    }

    private static BigDecimal number(String digits) {
        return new BigDecimal(digits.replace(",", ""));
    }
}
