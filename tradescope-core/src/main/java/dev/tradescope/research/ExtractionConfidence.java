package dev.tradescope.research;

import com.fasterxml.jackson.annotation.JsonValue;

/** Grades how much of a note was read and how reliably. */
public enum ExtractionConfidence {
    /** The recommendation came from a {@code Recommendation:} line. */
    HIGH("high"),
    /** The recommendation came from prose, or only other fields were found. */
    LOW("low"),
    /** Nothing was extracted. */
    NONE("none");

    private final String label;

    ExtractionConfidence(String label) {
        this.label = label;
    }

    /** Returns the lower-case name used in the discovery document. */
    @JsonValue
    public String label() {
        return label;
    }
}
