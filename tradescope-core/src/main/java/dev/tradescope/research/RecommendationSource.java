package dev.tradescope.research;

import com.fasterxml.jackson.annotation.JsonValue;

/** Names where a note's recommendation was read, which says how far it can be trusted. */
public enum RecommendationSource {
    /** A {@code Recommendation:} line (heading or list line): a high-confidence extraction. */
    RECOMMENDATION_LINE("recommendation_line"),
    /** An explicit sentence or qualified label in free prose ({@code presents a SELL recommendation}): lower confidence. */
    PROSE("prose");

    private final String label;

    RecommendationSource(String label) {
        this.label = label;
    }

    /** Returns the snake_case name used in the discovery document. */
    @JsonValue
    public String label() {
        return label;
    }
}
