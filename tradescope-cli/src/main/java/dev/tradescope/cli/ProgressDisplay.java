package dev.tradescope.cli;

import dev.tradescope.discovery.Progress;
import dev.tradescope.support.Formats;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Shows a run's progress on one line of standard error, redrawn at most ten times a second: rows
 * read per portfolio, then data items obtained. It shows nothing when standard error is not a
 * terminal or when asked to be quiet.
 */
public final class ProgressDisplay implements Progress {
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream err;
    private long lastDraw;
    private int lastWidth;

    private ProgressDisplay(PrintStream err) {
        this.err = err;
    }

    /** Returns a display on standard error when it is a terminal and not quiet; else one that shows nothing. */
    public static Progress forTerminal(boolean quiet) {
        return !quiet && isStderrTerminal() ? new ProgressDisplay(System.err) : Progress.NONE;
    }

    // Standard error is a terminal when file descriptor 2 points at a tty (Linux /proc), or,
    // where /proc is missing, when the JVM has a console.
    private static boolean isStderrTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (Files.exists(fd, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
        return System.console() != null;
    }

    @Override
    public synchronized void rows(String portfolio, long rows) {
        draw(Formats.format("reading %s: %,d rows", portfolio, rows), false);
    }

    @Override
    public synchronized void items(int done, int total) {
        draw(Formats.format("market data: %d/%d items", done, total), done == total);
    }

    /** Clears the line, before the summary is printed. */
    public synchronized void clear() {
        if (lastWidth > 0) {
            err.print("\r" + " ".repeat(lastWidth) + "\r");
            err.flush();
            lastWidth = 0;
        }
    }

    private void draw(String text, boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        err.print("\r" + text + " ".repeat(Math.max(0, lastWidth - text.length())));
        err.flush();
        lastWidth = text.length();
    }
}
