package dev.tradescope.trade.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import dev.tradescope.support.InvalidInputException;
import dev.tradescope.trade.Trade;
import dev.tradescope.trade.TradeIssue;
import dev.tradescope.trade.TradeSink;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Streams a trade-history export once, validating each row, deriving missing fields and handing
 * every usable trade to a consumer. It keeps no list of trades: memory stays flat as files grow.
 * Row problems are gathered into the {@link ReadSummary}; only a file that cannot be read as a
 * trade history at all stops the run with an {@link InvalidInputException}.
 *
 * <p>A large file given with a {@link TradeSink} is read in two halves at once, the second on a
 * thread of its own into a {@linkplain TradeSink#fork fork} of the sink, and the halves are joined in
 * file order: the same summary and the same trades, each byte still read once (the second half's lines
 * are numbered from the cut and moved down at the join; each thread hashes its half, and the file's hash
 * is combined from the two). When the halves cannot
 * be told apart safely (the cut falls inside a quoted field) or either fails, the file is read again as
 * a whole, which reports its true problem, if it has one.
 */
public final class TradeHistoryReader {
    /** How many issues the summary keeps in full (all are counted). */
    public static final int ISSUES_KEPT = 50;
    /** Files from this size on are read in two halves when the trades go to a {@link TradeSink}. */
    public static final long HALVES_FROM_BYTES = 32L << 20;
    /** Files from this size on get the duplicate-id filter's largest size, 16 MB, for the time of the reading. */
    public static final long LARGEST_FILTER_FROM_BYTES = DuplicateIdDetector.LARGEST_FROM_BYTES;
    private static final int PROGRESS_ROWS = 1 << 14;
    private static final long WAIT_MILLIS = 250;

    private final LocalDate asOf;
    private final LongConsumer progress;
    private final long halvesFromBytes;
    private final int progressRows;

    /**
     * Builds a reader.
     *
     * @param asOf     the date that open trades' derived day counts run to
     * @param progress told the number of rows read so far, about every 16 384 rows and at the end, on
     *                 the calling thread
     */
    public TradeHistoryReader(LocalDate asOf, LongConsumer progress) {
        this(asOf, progress, HALVES_FROM_BYTES);
    }

    // A reader that reads files of halvesFromBytes or more in halves (tests use small files).
    TradeHistoryReader(LocalDate asOf, LongConsumer progress, long halvesFromBytes) {
        this(asOf, progress, halvesFromBytes, PROGRESS_ROWS);
    }

    // The same, telling progress every progressRows rows (a power of two; tests use few).
    TradeHistoryReader(LocalDate asOf, LongConsumer progress, long halvesFromBytes, int progressRows) {
        if (Integer.bitCount(progressRows) != 1) {
            throw new IllegalArgumentException("progressRows must be a power of two, was " + progressRows);
        }
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.halvesFromBytes = halvesFromBytes;
        this.progressRows = progressRows;
    }

    /** Builds a reader that reports no progress. */
    public TradeHistoryReader(LocalDate asOf) {
        this(asOf, rows -> { });
    }

    /** Reads the file in file order on the calling thread, passing each usable trade to {@code sink}, and returns what was found. */
    public ReadSummary readInOrder(Path file, Consumer<Trade> sink) {
        checkReadable(file);
        return whole(file, sink, true);
    }

    /**
     * Reads the file, passing each usable trade to {@code sink} (or, for a file of
     * {@link #HALVES_FROM_BYTES} or more, to forks of it joined afterwards), and returns what was found.
     */
    public <S extends TradeSink<S>> ReadSummary read(Path file, S sink) {
        checkReadable(file);
        long size = size(file);
        if (size >= halvesFromBytes) {
            try {
                OptionalLong cut = FileHalves.cut(file, size);
                if (cut.isPresent()) {
                    Optional<ReadSummary> read = inHalves(file, size, cut.getAsLong(), sink);
                    if (read.isPresent()) {
                        return read.get();
                    }
                }
            } catch (IOException e) {
                throw unreadable(file, e);
            }
        }
        return whole(file, sink, true);
    }

    /**
     * Streams the usable trades of a file that {@link #read} has already checked to a second consumer:
     * the same rows, without the duplicate-id check (its filter and confirming pass are not repeated).
     */
    public void replay(Path file, Consumer<Trade> sink) {
        checkReadable(file);
        whole(file, sink, false);
    }

    private ReadSummary whole(Path file, Consumer<Trade> sink, boolean checkDuplicates) {
        long size = size(file);
        Optional<DuplicateIdDetector> duplicates = checkDuplicates
                ? Optional.of(new DuplicateIdDetector(size)) : Optional.empty();
        Part part = new Part();
        String contentHash;
        try (ContentHash hash = new ContentHash(Files.newInputStream(file));
             InputStream in = new BufferedInputStream(hash, 1 << 16);
             CsvReader<CsvRow> csv = csvReader(utf8(in), new CsvRow.Handler())) {
            Iterator<CsvRow> records = csv.iterator();
            ColumnLayout layout = ColumnLayout.of(file, header(file, records));
            part.read(records, layout, duplicates.map(DuplicateIdDetector::feed), sink, progress);
            drain(in);
            contentHash = hash.value();
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(file, e);
        } catch (CsvParseException e) {
            throw new InvalidInputException(file + ": not a valid CSV file: " + describe(e));
        }
        return summary(file, size, contentHash, part,
                () -> duplicates.map(d -> confirmDuplicates(file, d, part.issues)).orElse(true));
    }

    // Both halves at once; empty when they could not be read as such (the whole file is read then).
    private <S extends TradeSink<S>> Optional<ReadSummary> inHalves(Path file, long size, long cut, S sink) {
        DuplicateIdDetector duplicates = new DuplicateIdDetector(size);
        Part first = new Part();
        Part secondPart = new Part();
        S firstSink = sink.fork();
        S secondSink = sink.fork();
        AtomicLong secondRows = new AtomicLong();
        SecondHalf secondHalf;
        ContentHash firstHash;
        long firstHalfLines;
        // Each thread hashes the half it reads; the file's hash is combined from the two.
        try (InputStream raw = Files.newInputStream(file)) {
            FileHalves.Prefix firstHalf = FileHalves.prefix(raw, cut);
            firstHash = new ContentHash(firstHalf);
            InputStream in = new BufferedInputStream(firstHash, 1 << 16);
            try (CsvReader<CsvRow> csv = csvReader(utf8(in), new CsvRow.Handler())) {
                Iterator<CsvRow> records = csv.iterator();
                ColumnLayout layout = ColumnLayout.of(file, header(file, records));
                DuplicateIdDetector.Feed secondIds = duplicates.feed();
                // The second half numbers its lines from the cut: the first half's lines are known only once
                // it is read, and counting them first would hold the second thread back.
                SecondHalf second = SecondHalf.ofTrades(file, cut, rows -> secondPart.read(rows, layout,
                        Optional.of(secondIds), secondSink, secondRows::set));
                secondHalf = second;
                try {
                    // The first half is read alone for its first two progress ticks (32 768 rows), then the
                    // second starts. The first rows of a run are read by the interpreter and by code still
                    // being compiled, each at many times the cost of a compiled row: read by one thread while
                    // the compilers have the other core, and the second thread starts on compiled code
                    // (1 M rows: 2.78 -> 2.55 s in alternating runs, docs/benchmarks.md). Small beside a half.
                    first.read(records, layout, Optional.of(duplicates.feed()), firstSink, rows -> {
                        if (rows >= 2L * progressRows) {
                            second.start();
                        }
                        progress.accept(rows + secondRows.get());
                    });
                    second.start(); // when the first half is shorter than its head start
                    drain(in);
                    firstHalfLines = firstHalf.lineBreaks();
                    second.await(() -> progress.accept(first.rows + secondRows.get()));
                } finally {
                    second.stop();
                }
            }
        } catch (IOException | UncheckedIOException | CsvParseException | InvalidInputException e) {
            return Optional.empty();
        }
        if (!secondHalf.succeeded()) {
            return Optional.empty();
        }
        first.addAll(secondPart, firstHalfLines);
        sink.join(firstSink, 0);
        sink.join(secondSink, firstHalfLines);
        String contentHash = firstHash.valueFollowedBy(secondHalf.hash());
        return Optional.of(summary(file, size, contentHash, first,
                () -> confirmInHalves(file, cut, firstHalfLines, duplicates, first.issues)
                        .orElseGet(() -> confirmDuplicates(file, duplicates, first.issues))));
    }

    // The summary of a file read to its end; a file without data rows stops the run. The duplicate-id
    // confirmation (which tells whether the check was exact) runs only for a file that has rows.
    private ReadSummary summary(Path file, long size, String contentHash, Part part, BooleanSupplier confirmDuplicates) {
        progress.accept(part.rows);
        if (part.rows == 0) {
            throw new InvalidInputException(file + ": has a header but no data rows; expected at least one trade");
        }
        boolean exact = confirmDuplicates.getAsBoolean();
        return new ReadSummary(file, size, contentHash, part.rows, part.excluded,
                part.issues.rowsWithIssues(), part.issues.counts(), part.issues.first(), part.derivations.snapshot(),
                part.completeness.ratio(), exact);
    }

    /** The rows of a file, or of one part of it, and what was found in them. */
    private final class Part {
        final IssueCollector issues = new IssueCollector(ISSUES_KEPT);
        final Derivations derivations = new Derivations();
        final Completeness completeness = new Completeness();
        long rows;
        long excluded;

        // Reads every record, passing each usable trade to sink; tells tick the rows read every progressRows.
        void read(Iterator<CsvRow> records, ColumnLayout layout, Optional<DuplicateIdDetector.Feed> ids,
                  Consumer<Trade> sink, LongConsumer tick) {
            RowParser parser = new RowParser(layout, issues, derivations, completeness);
            int idColumn = layout.positionOf(Column.POSITION_UUID);
            while (records.hasNext()) {
                CsvRow row = records.next();
                if (row.isBlankLine()) {
                    continue;
                }
                rows++;
                if (ids.isPresent() && !row.isEmpty(idColumn)) {
                    ids.get().offer(row.text(idColumn));
                }
                if (!parser.parse(row, asOf, sink)) {
                    excluded++;
                }
                if ((rows & (progressRows - 1)) == 0) {
                    tick.accept(rows);
                }
            }
            ids.ifPresent(DuplicateIdDetector.Feed::flush);
        }

        // Adds the findings of the part that follows this one in the file, whose line numbers count from
        // the end of this part's linesBefore lines.
        void addAll(Part later, long linesBefore) {
            issues.addAll(later.issues, linesBefore);
            derivations.addAll(later.derivations);
            completeness.addAll(later.completeness);
            rows += later.rows;
            excluded += later.excluded;
        }
    }

    /**
     * Runs a task over the records of a file's second half, from the cut to the end, on a thread of its
     * own: either over whole records numbered from the cut, hashing the half's bytes (the trade pass), or
     * over records that keep only the id column and carry the file's line numbers (the confirming pass).
     */
    private static final class SecondHalf implements Runnable {
        private final Path file;
        private final long cut;
        private final long linesBefore;
        private final int onlyField;
        private final boolean hashed;
        private final Consumer<Iterator<CsvRow>> task;
        private final Thread thread;
        private volatile boolean stopped;
        private volatile boolean succeeded;
        private boolean started;
        private volatile Error error;
        private volatile ContentHash hash;

        // The trade pass: every field, line numbers from the cut, the half's bytes hashed.
        static SecondHalf ofTrades(Path file, long cut, Consumer<Iterator<CsvRow>> task) {
            return new SecondHalf(file, cut, 0, -1, true, task);
        }

        // The confirming pass: the id column only, the file's line numbers, no hash.
        static SecondHalf ofIds(Path file, long cut, long linesBefore, int idColumn, Consumer<Iterator<CsvRow>> task) {
            return new SecondHalf(file, cut, linesBefore, idColumn, false, task);
        }

        private SecondHalf(Path file, long cut, long linesBefore, int onlyField, boolean hashed,
                           Consumer<Iterator<CsvRow>> task) {
            this.file = file;
            this.cut = cut;
            this.linesBefore = linesBefore;
            this.onlyField = onlyField;
            this.hashed = hashed;
            this.task = task;
            this.thread = new Thread(this, "tradescope-read-second-half");
            thread.setDaemon(true);
        }

        // Starts reading the half on its thread; once: later calls do nothing. From the reading thread only.
        void start() {
            if (!started) {
                started = true;
                thread.start();
            }
        }

        @Override
        public void run() {
            try (InputStream raw = Files.newInputStream(file)) {
                CsvRow.Handler handler = new CsvRow.Handler(linesBefore);
                if (onlyField >= 0) {
                    handler.keepOnly(onlyField);
                }
                raw.skipNBytes(cut);
                ContentHash halfHash = hashed ? new ContentHash(raw) : null;
                InputStream in = new BufferedInputStream(hashed ? halfHash : raw, 1 << 16);
                try (CsvReader<CsvRow> csv = csvReader(utf8(in), handler)) {
                    task.accept(stoppable(csv.iterator()));
                    drain(in);
                }
                hash = halfHash;
                succeeded = true;
            } catch (IOException | RuntimeException e) {
                // the caller reads the whole file again, which reports the problem if the file has one
            } catch (Error e) {
                error = e;
            }
        }

        // The records, until stop() is called.
        private Iterator<CsvRow> stoppable(Iterator<CsvRow> records) {
            return new Iterator<>() {
                private long count;

                @Override
                public boolean hasNext() {
                    if ((++count & (PROGRESS_ROWS - 1)) == 0 && stopped) {
                        throw new CancellationException();
                    }
                    return records.hasNext();
                }

                @Override
                public CsvRow next() {
                    return records.next();
                }
            };
        }

        // Waits for the end of the task, running whileWaiting every WAIT_MILLIS until then.
        void await(Runnable whileWaiting) {
            try {
                thread.join(WAIT_MILLIS);
                while (thread.isAlive()) {
                    whileWaiting.run();
                    thread.join(WAIT_MILLIS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while reading " + file);
            }
            if (error != null) {
                throw error;
            }
        }

        boolean succeeded() {
            return succeeded;
        }

        // The hash of the half's bytes, once the trade pass has succeeded.
        ContentHash hash() {
            return hash;
        }

        // Stops the task if it is still running, and waits for its thread to end.
        void stop() {
            stopped = true;
            boolean interrupted = false;
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // Second pass, only when the first one found suspects: finds each suspect id's lines and reports repeats.
    private static boolean confirmDuplicates(Path file, DuplicateIdDetector duplicates, IssueCollector issues) {
        Set<String> suspects = duplicates.suspects();
        if (suspects.isEmpty()) {
            return true;
        }
        Occurrences occurrences = new Occurrences(suspects, issues);
        CsvRow.Handler handler = new CsvRow.Handler();
        try (CsvReader<CsvRow> csv = csvReader(utf8(new BufferedInputStream(Files.newInputStream(file), 1 << 16)),
                handler)) {
            Iterator<CsvRow> records = csv.iterator();
            int idColumn = ColumnLayout.of(file, header(file, records)).positionOf(Column.POSITION_UUID);
            handler.keepOnly(idColumn);
            occurrences.find(records, idColumn);
        } catch (IOException | UncheckedIOException | CsvParseException e) {
            throw unreadable(file, e);
        }
        return !duplicates.overflowed();
    }

    /**
     * The second pass in two halves at once, as the first was read; empty when they could not be read
     * so (the whole file is read then).
     */
    private static Optional<Boolean> confirmInHalves(Path file, long cut, long firstHalfLines,
                                                     DuplicateIdDetector duplicates, IssueCollector issues) {
        Set<String> suspects = duplicates.suspects();
        if (suspects.isEmpty()) {
            return Optional.of(true);
        }
        // Each half's repeats are gathered apart and added only once both halves are read.
        IssueCollector firstIssues = new IssueCollector(ISSUES_KEPT);
        IssueCollector secondIssues = new IssueCollector(ISSUES_KEPT);
        Occurrences first = new Occurrences(suspects, firstIssues);
        Occurrences second = new Occurrences(suspects, secondIssues);
        CsvRow.Handler handler = new CsvRow.Handler();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             CsvReader<CsvRow> csv = csvReader(utf8(FileHalves.limit(in, cut)), handler)) {
            Iterator<CsvRow> records = csv.iterator();
            int idColumn = ColumnLayout.of(file, header(file, records)).positionOf(Column.POSITION_UUID);
            handler.keepOnly(idColumn);
            SecondHalf secondHalf = SecondHalf.ofIds(file, cut, firstHalfLines, idColumn,
                    rows -> second.find(rows, idColumn));
            secondHalf.start();
            try {
                first.find(records, idColumn);
                secondHalf.await(() -> { });
            } finally {
                secondHalf.stop();
            }
            if (!secondHalf.succeeded()) {
                return Optional.empty();
            }
        } catch (IOException | UncheckedIOException | CsvParseException | InvalidInputException e) {
            return Optional.empty();
        }
        // The second half's repeats name the id's first line in that half; an id seen in the first half
        // names its line there instead, and its first line in the second half is a repeat too.
        issues.addAll(firstIssues);
        issues.addAll(secondIssues, issue -> {
            Long earlier = first.firstLine.get(issue.value());
            return earlier == null ? issue : Occurrences.repeat(issue.value(), issue.line(), earlier);
        });
        second.firstLine.forEach((id, line) -> {
            Long earlier = first.firstLine.get(id);
            if (earlier != null) {
                issues.add(Occurrences.repeat(id, line, earlier));
            }
        });
        return Optional.of(!duplicates.overflowed());
    }

    /** The first line of each suspect id in a file or part of it; each repeat goes to an issue collector. */
    private static final class Occurrences {
        final Set<String> suspects;
        final Map<String, Long> firstLine = new HashMap<>();
        final IssueCollector issues;

        Occurrences(Set<String> suspects, IssueCollector issues) {
            this.suspects = suspects;
            this.issues = issues;
        }

        void find(Iterator<CsvRow> records, int idColumn) {
            while (records.hasNext()) {
                CsvRow row = records.next();
                if (row.isEmpty(idColumn)) {
                    continue;
                }
                String id = row.text(idColumn);
                if (suspects.contains(id)) {
                    Long first = firstLine.putIfAbsent(id, row.line());
                    if (first != null) {
                        issues.add(repeat(id, row.line(), first));
                    }
                }
            }
        }

        static TradeIssue repeat(String id, long line, long firstLine) {
            return new TradeIssue(TradeIssue.Kind.DUPLICATE_POSITION_ID, line, Column.POSITION_UUID.header(), id,
                    "the same Position_UUID is on line " + firstLine);
        }
    }

    private static List<String> header(Path file, Iterator<CsvRow> rows) {
        if (!rows.hasNext()) {
            throw new InvalidInputException(file + ": is empty; expected a CSV header line and trade rows");
        }
        return rows.next().rawFields();
    }

    private static CsvReader<CsvRow> csvReader(Reader reader, CsvRow.Handler handler) {
        return CsvReader.builder()
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .skipEmptyLines(true)
                .allowUnclosedQuote(false)
                .build(handler, reader);
    }

    private static Reader utf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static void checkReadable(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file + ": no such file; expected a trade-history CSV export");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4096);
            if (head.length == 0) {
                throw new InvalidInputException(file + ": is empty; expected a CSV header line and trade rows");
            }
            for (byte b : head) {
                if (b == 0) {
                    throw new InvalidInputException(file + ": is not a text CSV file (it holds binary data)");
                }
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static void drain(InputStream in) throws IOException {
        in.transferTo(java.io.OutputStream.nullOutputStream());
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(CsvParseException e) {
        Throwable cause = e.getCause();
        return e.getMessage() + (cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    private static RuntimeException unreadable(Path file, Exception e) {
        Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
        if (cause instanceof CharacterCodingException) {
            return new InvalidInputException(file + ": is not UTF-8 text; expected a UTF-8 CSV export", cause);
        }
        if (cause instanceof NoSuchFileException) {
            return new InvalidInputException(file + ": no such file", cause);
        }
        return new UncheckedIOException(file + ": " + cause.getMessage(),
                cause instanceof IOException io ? io : new IOException(cause));
    }
}
