package dev.tradescope.cli.command;

/** Names the output formats of the reporting commands. */
enum OutputFormat {
    /** Human-readable text. */
    TEXT,
    /** Indented JSON. */
    JSON
}
