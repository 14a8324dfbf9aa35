package dev.tradescope.research;

import com.fasterxml.jackson.annotation.JsonValue;

/** Names where a note's generated date was read. */
public enum DateSource {
    /** The {@code *Generated: …} line under the title. */
    GENERATED_LINE("generated_line"),
    /** The {@code date:} key of the YAML front matter. */
    FRONT_MATTER("front_matter"),
    /** A labelled {@code Date:} or {@code Analysis Date:} line. */
    DATE_LINE("date_line"),
    /** The date in the file name (the fallback). */
    FILE_NAME("file_name");

    private final String label;

    DateSource(String label) {
        this.label = label;
    }

    /** Returns the snake_case name used in the discovery document. */
    @JsonValue
    public String label() {
        return label;
    }
}
