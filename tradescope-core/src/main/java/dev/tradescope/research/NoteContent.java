package dev.tradescope.research;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gathers what the parser found in one note; the first value found for a field wins.
 *
 * <p>Instances are filled by one thread during parsing and only read afterwards.
 */
final class NoteContent {

    /** Names the fields a note can yield, with their document names. */
    enum Field {
        TITLE("title"), RECOMMENDATION("recommendation"), CONVICTION("conviction"), CONFIDENCE("confidence"),
        FAIR_VALUE_RANGE("fair_value_range"), CURRENT_PRICE("current_price"), EXPECTED_RETURN("expected_return"),
        GENERATED_DATE("generated_date");

        private final String label;

        Field(String label) {
            this.label = label;
        }

        /** Returns the field's snake_case name. */
        String label() {
            return label;
        }

        /** Tells whether the field is research content (title and date alone do not make an extraction). */
        boolean isContent() {
            return this != TITLE && this != GENERATED_DATE;
        }
    }

    private final Map<Field, Integer> foundAtLine = new EnumMap<>(Field.class);
    private final List<String> issues = new ArrayList<>();
    private final Map<DateSource, Map.Entry<Integer, LocalDate>> dateCandidates = new EnumMap<>(DateSource.class);
    private String recommendation;
    private RecommendationSource recommendationSource;
    private BigDecimal conviction;
    private BigDecimal confidence;
    private BigDecimal fairValueLow;
    private BigDecimal fairValueHigh;
    private BigDecimal currentPrice;
    private BigDecimal expectedReturn;
    private String expectedReturnHorizon;
    private LocalDate generatedDate;
    private DateSource generatedDateSource;
    private String title;
    private String companyName;
    private String titleTicker;

    boolean has(Field field) {
        return foundAtLine.containsKey(field);
    }

    private boolean claim(Field field, int line) {
        return foundAtLine.putIfAbsent(field, line) == null;
    }

    void issue(int line, String message) {
        issues.add(line > 0 ? "line " + line + ": " + message : message);
    }

    void recommendation(int line, String value, RecommendationSource source) {
        if (claim(Field.RECOMMENDATION, line)) {
            recommendation = value;
            recommendationSource = source;
        }
    }

    void conviction(int line, BigDecimal value) {
        if (claim(Field.CONVICTION, line)) {
            conviction = value;
        }
    }

    void confidence(int line, BigDecimal value) {
        if (claim(Field.CONFIDENCE, line)) {
            confidence = value;
        }
    }

    void fairValueRange(int line, BigDecimal low, BigDecimal high) {
        if (claim(Field.FAIR_VALUE_RANGE, line)) {
            fairValueLow = low;
            fairValueHigh = high;
        }
    }

    void currentPrice(int line, BigDecimal value) {
        if (claim(Field.CURRENT_PRICE, line)) {
            currentPrice = value;
        }
    }

    void expectedReturn(int line, BigDecimal value, Optional<String> horizon) {
        if (claim(Field.EXPECTED_RETURN, line)) {
            expectedReturn = value;
            expectedReturnHorizon = horizon.orElse(null);
        }
    }

    void dateCandidate(int line, LocalDate value, DateSource source) {
        dateCandidates.putIfAbsent(source, new java.util.AbstractMap.SimpleImmutableEntry<>(line, value));
    }

    /** Chooses the generated date by source priority: generated line, front matter, date line. */
    void resolveGeneratedDate() {
        dateCandidates.entrySet().stream().findFirst().ifPresent(best -> {
            if (claim(Field.GENERATED_DATE, best.getValue().getKey())) {
                generatedDate = best.getValue().getValue();
                generatedDateSource = best.getKey();
            }
        });
    }

    void title(int line, String text, Optional<String> company, Optional<String> ticker) {
        if (claim(Field.TITLE, line)) {
            title = text;
            companyName = company.orElse(null);
            titleTicker = ticker.orElse(null);
        }
    }

    List<String> issues() {
        return List.copyOf(issues);
    }

    List<String> foundFields() {
        return foundAtLine.keySet().stream().map(Field::label).toList();
    }

    List<String> missingFields() {
        return java.util.Arrays.stream(Field.values()).filter(f -> !has(f)).map(Field::label).toList();
    }

    boolean hasContent() {
        return foundAtLine.keySet().stream().anyMatch(Field::isContent);
    }

    Optional<String> recommendation() {
        return Optional.ofNullable(recommendation);
    }

    Optional<RecommendationSource> recommendationSource() {
        return Optional.ofNullable(recommendationSource);
    }

    Optional<BigDecimal> conviction() {
        return Optional.ofNullable(conviction);
    }

    Optional<BigDecimal> confidence() {
        return Optional.ofNullable(confidence);
    }

    Optional<BigDecimal> fairValueLow() {
        return Optional.ofNullable(fairValueLow);
    }

    Optional<BigDecimal> fairValueHigh() {
        return Optional.ofNullable(fairValueHigh);
    }

    Optional<BigDecimal> currentPrice() {
        return Optional.ofNullable(currentPrice);
    }

    Optional<BigDecimal> expectedReturn() {
        return Optional.ofNullable(expectedReturn);
    }

    Optional<String> expectedReturnHorizon() {
        return Optional.ofNullable(expectedReturnHorizon);
    }

    Optional<LocalDate> generatedDate() {
        return Optional.ofNullable(generatedDate);
    }

    Optional<DateSource> generatedDateSource() {
        return Optional.ofNullable(generatedDateSource);
    }

    Optional<String> title() {
        return Optional.ofNullable(title);
    }

    Optional<String> companyName() {
        return Optional.ofNullable(companyName);
    }

    Optional<String> titleTicker() {
        return Optional.ofNullable(titleTicker);
    }
}
