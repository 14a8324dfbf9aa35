package dev.tradescope.research;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Describes what was read from one research note (a fundamental note of a ticker or a sector note).
 * Absent values are empty; {@code foundFields} and {@code missingFields} say which fields the note held.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param file                  the note's path relative to the workspace, with {@code /} separators
 * @param fileDate              the date in the file name as a UTC date-time, such as {@code 2025-07-11T00:00:00Z}
 * @param ageDays               whole days from the file date to the as-of date
 * @param stale                 whether the note is older than the configured freshness
 * @param extracted             whether any research value (recommendation, scores, prices, return) was read
 * @param notExtractedReason    why nothing was read (skipped file, empty note, no known field)
 * @param extractionConfidence  {@code high} from a Recommendation line, {@code low} from prose or without one
 * @param recommendation        the recommendation, upper case ({@code BUY}, {@code STRONG BUY}, …)
 * @param recommendationSource  where the recommendation was read
 * @param conviction            the conviction normalised to 0–1
 * @param confidence            the note's confidence normalised to 0–1 (the first one stated)
 * @param fairValueLow          the low end of the fair value range
 * @param fairValueHigh         the high end of the fair value range
 * @param currentPrice          the price stated as current in the note
 * @param upsideToFairValueMid  (fair value mid − current) / current, 4 decimals, when both are known
 * @param expectedReturn        the expected return as a fraction ({@code 0.085} for 8.5%)
 * @param expectedReturnHorizon the horizon written beside it, such as {@code 3Y horizon}
 * @param generatedDate         the date the note was generated (ISO date)
 * @param generatedDateSource   where the generated date was read; {@code file_name} is the fallback
 * @param title                 the title heading
 * @param companyName           the company name in the title
 * @param titleTicker           the ticker in parentheses in the title
 * @param foundFields           the fields the note held
 * @param missingFields         the fields the note did not hold
 * @param issues                problems met while reading, with line numbers
 */
public record ResearchNote(String file, String fileDate, long ageDays, boolean stale, boolean extracted,
        Optional<String> notExtractedReason, ExtractionConfidence extractionConfidence,
        Optional<String> recommendation, Optional<RecommendationSource> recommendationSource,
        Optional<BigDecimal> conviction, Optional<BigDecimal> confidence, Optional<BigDecimal> fairValueLow,
        Optional<BigDecimal> fairValueHigh, Optional<BigDecimal> currentPrice,
        Optional<BigDecimal> upsideToFairValueMid, Optional<BigDecimal> expectedReturn,
        Optional<String> expectedReturnHorizon, String generatedDate, DateSource generatedDateSource,
        Optional<String> title, Optional<String> companyName, Optional<String> titleTicker,
        List<String> foundFields, List<String> missingFields, List<String> issues) {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /** Validates the required components and copies the lists. */
    public ResearchNote {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(fileDate, "fileDate");
        Objects.requireNonNull(extractionConfidence, "extractionConfidence");
        Objects.requireNonNull(generatedDate, "generatedDate");
        Objects.requireNonNull(generatedDateSource, "generatedDateSource");
        if (ageDays < 0) {
            throw new IllegalArgumentException("ageDays: must not be negative, was " + ageDays);
        }
        foundFields = List.copyOf(foundFields);
        missingFields = List.copyOf(missingFields);
        issues = List.copyOf(issues);
    }

    /** Formats a file-name date as the UTC date-time the document uses ({@code 2025-07-01T00:00:00Z}). */
    static String dateTime(LocalDate date) {
        return date.getYear() >= 0 && date.getYear() <= 9999 ? date + "T00:00:00Z"
                : DateTimeFormatter.ISO_INSTANT.format(date.atStartOfDay(ZoneOffset.UTC));
    }

    /** Builds the view of a note from what was read of it. */
    static ResearchNote of(String file, NoteFile note, NoteAge age, NoteText text) {
        return of(file, note, age, text, false);
    }

    /**
     * Builds the view of a note; with {@code tickerNote}, a title naming another ticker than the file name is
     * reported as an issue.
     */
    static ResearchNote of(String file, NoteFile note, NoteAge age, NoteText text, boolean tickerNote) {
        if (!text.isRead()) {
            return empty(file, note, age, "skipped: " + text.skipReason().orElseThrow());
        }
        if (text.text().isBlank()) {
            return empty(file, note, age, "empty note");
        }
        NoteContent content = NoteParser.parse(text.text());
        if (tickerNote) {
            content.titleTicker().filter(t -> !t.equalsIgnoreCase(note.key())).ifPresent(t ->
                    content.issue(0, "the title names " + t + " but the file is filed under " + note.key()));
        }
        return from(file, note, age, content);
    }

    private static ResearchNote empty(String file, NoteFile note, NoteAge age, String reason) {
        return from(file, note, age, new NoteContent(), Optional.of(reason));
    }

    private static ResearchNote from(String file, NoteFile note, NoteAge age, NoteContent content) {
        Optional<String> reason = content.hasContent() ? Optional.empty()
                : Optional.of("no recommendation, conviction, confidence, fair value, current price or expected return found");
        return from(file, note, age, content, reason);
    }

    private static ResearchNote from(String file, NoteFile note, NoteAge age, NoteContent c, Optional<String> reason) {
        boolean extracted = reason.isEmpty();
        return new ResearchNote(file, dateTime(note.date()), age.days(note.date()), age.isStale(note.date()),
                extracted, reason, confidenceOf(c, extracted), c.recommendation(), c.recommendationSource(),
                c.conviction(), c.confidence(), c.fairValueLow(), c.fairValueHigh(), c.currentPrice(),
                upside(c), c.expectedReturn(), c.expectedReturnHorizon(),
                c.generatedDate().orElse(note.date()).toString(), c.generatedDateSource().orElse(DateSource.FILE_NAME),
                c.title(), c.companyName(), c.titleTicker(), c.foundFields(), c.missingFields(), c.issues());
    }

    private static ExtractionConfidence confidenceOf(NoteContent content, boolean extracted) {
        if (!extracted) {
            return ExtractionConfidence.NONE;
        }
        return content.recommendationSource().filter(s -> s == RecommendationSource.RECOMMENDATION_LINE).isPresent()
                ? ExtractionConfidence.HIGH : ExtractionConfidence.LOW;
    }

    private static Optional<BigDecimal> upside(NoteContent c) {
        if (c.fairValueLow().isEmpty() || c.currentPrice().isEmpty() || c.currentPrice().get().signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal mid = c.fairValueLow().get().add(c.fairValueHigh().orElseThrow()).divide(TWO);
        BigDecimal current = c.currentPrice().get();
        return Optional.of(mid.subtract(current).divide(current, 4, RoundingMode.HALF_EVEN));
    }

    /** Measures note ages from the as-of date against the freshness. */
    record NoteAge(LocalDate asOf, long freshnessDays) {

        NoteAge {
            Objects.requireNonNull(asOf, "asOf");
        }

        long days(LocalDate date) {
            return ChronoUnit.DAYS.between(date, asOf);
        }

        boolean isStale(LocalDate date) {
            return days(date) > freshnessDays;
        }
    }
}
