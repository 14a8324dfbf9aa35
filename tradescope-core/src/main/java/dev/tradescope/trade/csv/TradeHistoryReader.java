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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Streams a trade-history export once, validating each row, deriving missing fields and handing
 * every usable trade to a consumer. It keeps no list of trades: memory stays flat as files grow.
 * Row problems are gathered into the {@link ReadSummary}; only a file that cannot be read as a
 * trade history at all stops the run with an {@link InvalidInputException}.
 *
 * <p>A large file given with a {@link TradeSink} is read in chunks of a few megabytes on two or more
 * threads at once, each chunk into a {@linkplain TradeSink#fork fork} of the sink, and the chunks are
 * joined in file order: the same summary and the same trades, each byte still read once (a chunk's lines
 * are numbered from its start and moved down at the join; each chunk's bytes are hashed apart, and the
 * file's hash is combined from theirs). The threads take the chunks one after another from the start, so
 * they finish within a chunk of each other, however their speeds differ. When the chunks cannot be told
 * apart safely (a cut falls inside a quoted field) or any fails, the file is read again as a whole, which
 * reports its true problem, if it has one.
 */
public final class TradeHistoryReader {
    /** How many issues the summary keeps in full (all are counted). */
    public static final int ISSUES_KEPT = 50;
    /** Files from this size on are read in chunks on several threads when the trades go to a {@link TradeSink}. */
    public static final long PARALLEL_FROM_BYTES = 32L << 20;
    /**
     * The size of the chunks. Small enough that the threads end close together (a chunk is about 15 000
     * rows, some 20 ms of one thread); large enough that the per-chunk work (opening the file at its
     * offset, a fork of the sink and its join) stays under a percent.
     */
    static final long CHUNK_BYTES = 4L << 20;
    /** Files from this size on get the duplicate-id filter's largest size, 16 MB, for the time of the reading. */
    public static final long LARGEST_FILTER_FROM_BYTES = DuplicateIdDetector.LARGEST_FROM_BYTES;
    private static final int PROGRESS_ROWS = 1 << 14;
    private static final long WAIT_MILLIS = 250;
    private static final int MAX_THREADS = 4;

    private final LocalDate asOf;
    private final LongConsumer progress;
    private final long parallelFromBytes;
    private final long chunkBytes;
    private final int progressRows;

    /**
     * Builds a reader.
     *
     * @param asOf     the date that open trades' derived day counts run to
     * @param progress told the number of rows read so far, about every 16 384 rows and at the end, on
     *                 the calling thread
     */
    public TradeHistoryReader(LocalDate asOf, LongConsumer progress) {
        this(asOf, progress, PARALLEL_FROM_BYTES, CHUNK_BYTES, PROGRESS_ROWS);
    }

    // A reader that reads files of parallelFromBytes or more in chunks of chunkBytes, telling progress every
    // progressRows rows (a power of two). Tests use small files, chunks and counts.
    TradeHistoryReader(LocalDate asOf, LongConsumer progress, long parallelFromBytes, long chunkBytes, int progressRows) {
        if (Integer.bitCount(progressRows) != 1) {
            throw new IllegalArgumentException("progressRows must be a power of two, was " + progressRows);
        }
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.parallelFromBytes = parallelFromBytes;
        this.chunkBytes = chunkBytes;
        this.progressRows = progressRows;
    }

    /** Builds a reader that reports no progress. */
    public TradeHistoryReader(LocalDate asOf) {
        this(asOf, rows -> { });
    }

    /** Reads the file in file order on the calling thread, passing each usable trade to {@code sink}, and returns what was found. */
    public ReadSummary readInOrder(Path file, Consumer<Trade> sink) {
        checkReadable(file);
        return whole(file, sink, true, progress);
    }

    /**
     * Reads the file, passing each usable trade to {@code sink} (or, for a file of
     * {@link #PARALLEL_FROM_BYTES} or more, to forks of it joined afterwards), and returns what was found.
     */
    public <S extends TradeSink<S>> ReadSummary read(Path file, S sink) {
        checkReadable(file);
        long size = size(file);
        if (size >= parallelFromBytes) {
            try {
                long[] cuts = FileChunks.cuts(file, size, chunkBytes);
                if (cuts.length > 2) {
                    ChunkedRead<S> chunked = new ChunkedRead<>(file, size, cuts, sink);
                    Optional<ReadSummary> read = chunked.read();
                    if (read.isPresent()) {
                        return read.get();
                    }
                    // read again as a whole, the progress told staying where the chunks had brought it
                    long told = chunked.told;
                    return whole(file, sink, true, rows -> progress.accept(Math.max(rows, told)));
                }
            } catch (IOException e) {
                throw unreadable(file, e);
            }
        }
        return whole(file, sink, true, progress);
    }

    /**
     * Streams the usable trades of a file that {@link #read} has already checked to a second consumer:
     * the same rows, without the duplicate-id check (its filter and confirming pass are not repeated).
     */
    public void replay(Path file, Consumer<Trade> sink) {
        checkReadable(file);
        whole(file, sink, false, progress);
    }

    private ReadSummary whole(Path file, Consumer<Trade> sink, boolean checkDuplicates, LongConsumer progress) {
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
        return summary(file, size, contentHash, part, progress,
                () -> duplicates.map(d -> confirmDuplicates(file, d, part.issues)).orElse(true));
    }

    // The summary of a file read to its end; a file without data rows stops the run. The duplicate-id
    // confirmation (which tells whether the check was exact) runs only for a file that has rows.
    private ReadSummary summary(Path file, long size, String contentHash, Part part, LongConsumer progress,
                                BooleanSupplier confirmDuplicates) {
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
     * One reading of a file in chunks: the calling thread reads the header and the first chunk, helper
     * threads join in once it has a head start, and every thread then takes the next chunk not yet taken
     * until none is left. Each chunk's findings are joined to those before it as soon as all of those are
     * joined, under a lock, so only the chunks finished out of order wait in memory.
     */
    private final class ChunkedRead<S extends TradeSink<S>> {
        private final Path file;
        private final long size;
        private final long[] cuts;
        private final S sink;
        private final DuplicateIdDetector duplicates;
        private final AtomicInteger nextChunk = new AtomicInteger(1);
        private final LongAdder rowsRead = new LongAdder();
        private volatile boolean stopped;
        private volatile boolean failed;
        // The join, guarded by this object's lock: chunks finished and waiting for those before them, what
        // is joined so far, and the lines of the file before each cut.
        private final Map<Integer, Chunk<S>> finished = new HashMap<>();
        private final Part joined = new Part();
        private final S joinedTrades;
        private final long[] linesBefore;
        private int joinedChunks;
        private ContentHash.Value hash = ContentHash.Value.EMPTY;
        // The most rows told to the progress consumer (on the reading thread only).
        long told;

        ChunkedRead(Path file, long size, long[] cuts, S sink) {
            this.file = file;
            this.size = size;
            this.cuts = cuts;
            this.sink = sink;
            this.joinedTrades = sink.fork(); // joined to the sink only when every chunk has been read
            this.duplicates = new DuplicateIdDetector(size);
            this.linesBefore = new long[cuts.length];
        }

        // Empty when the chunks could not be read as such (the whole file is read then).
        Optional<ReadSummary> read() {
            List<Helper> helpers = new ArrayList<>();
            try (InputStream raw = Files.newInputStream(file)) {
                FileChunks.Prefix bytes = FileChunks.prefix(raw, cuts[1]);
                ContentHash chunkHash = new ContentHash(bytes);
                InputStream in = new BufferedInputStream(chunkHash, 1 << 16);
                try (CsvReader<CsvRow> csv = csvReader(utf8(in), new CsvRow.Handler())) {
                    Iterator<CsvRow> records = csv.iterator();
                    ColumnLayout layout = ColumnLayout.of(file, header(file, records));
                    int threads = Math.min(Math.max(2, Runtime.getRuntime().availableProcessors()), MAX_THREADS);
                    for (int i = 1; i < threads; i++) {
                        helpers.add(new Helper("tradescope-read-" + i, () -> takeChunks(layout, duplicates.feed(),
                                rows -> { })));
                    }
                    // The first chunks are read alone for two progress ticks (32 768 rows), then the helpers
                    // start (on a file read before that, they never do). The first rows of a run are read by
                    // the interpreter and by code still being compiled, each at many times the cost of a
                    // compiled row: read by one thread while the compilers have the other core, and the
                    // helpers start on compiled code (1 M rows: 2.78 -> 2.55 s in alternating runs of the
                    // two halves this reading replaced, docs/benchmarks.md).
                    LongConsumer tick = rows -> {
                        long read = rowsRead.sum();
                        if (read >= 2L * progressRows) {
                            helpers.forEach(Helper::start);
                        }
                        tell(read);
                    };
                    DuplicateIdDetector.Feed ids = duplicates.feed();
                    Part part = new Part();
                    S fork = sink.fork();
                    LongConsumer counted = counted(tick);
                    part.read(records, layout, Optional.of(ids), fork, counted);
                    counted.accept(part.rows);
                    drain(in);
                    finish(new Chunk<>(0, part, fork, chunkHash.snapshot(), bytes.lineBreaks()));
                    takeChunks(layout, ids, tick);
                    for (Helper helper : helpers) {
                        helper.await(() -> tell(rowsRead.sum()));
                    }
                }
            } catch (IOException | UncheckedIOException | CsvParseException | InvalidInputException e) {
                return Optional.empty();
            } catch (CancellationException e) {
                if (!failed) {
                    throw e;
                }
                return Optional.empty(); // another thread's chunk failed
            } finally {
                stopped = true;
                helpers.forEach(Helper::stop);
            }
            if (failed || helpers.stream().anyMatch(h -> h.started() && !h.succeeded())) {
                return Optional.empty();
            }
            sink.join(joinedTrades, 0);
            int middle = middleCut();
            return Optional.of(summary(file, size, hash.toString(), joined, this::tell,
                    () -> confirmInHalves(file, cuts[middle], linesBefore[middle], duplicates, joined.issues)
                            .orElseGet(() -> confirmDuplicates(file, duplicates, joined.issues))));
        }

        // Reads the chunks not yet taken, one at a time, until there is none left or the reading stops.
        private void takeChunks(ColumnLayout layout, DuplicateIdDetector.Feed ids, LongConsumer tick) throws IOException {
            try {
                for (int k = nextChunk.getAndIncrement(); k < cuts.length - 1 && !stopped; k = nextChunk.getAndIncrement()) {
                    finish(readChunk(k, layout, ids, tick));
                }
            } catch (IOException | RuntimeException e) {
                failed = true;
                stopped = true;
                throw e;
            }
        }

        // Reads one chunk after the first into a part and a fork of the sink of its own, numbering its lines
        // from its start.
        private Chunk<S> readChunk(int k, ColumnLayout layout, DuplicateIdDetector.Feed ids, LongConsumer tick)
                throws IOException {
            try (InputStream raw = Files.newInputStream(file)) {
                raw.skipNBytes(cuts[k]);
                FileChunks.Prefix bytes = FileChunks.prefix(raw, cuts[k + 1] - cuts[k]);
                ContentHash chunkHash = new ContentHash(bytes);
                InputStream in = new BufferedInputStream(chunkHash, 1 << 16);
                Part part = new Part();
                S fork = sink.fork();
                try (CsvReader<CsvRow> csv = csvReader(utf8(in), new CsvRow.Handler())) {
                    LongConsumer counted = counted(tick);
                    part.read(stoppable(csv.iterator(), () -> stopped), layout, Optional.of(ids), fork, counted);
                    counted.accept(part.rows);
                    drain(in);
                }
                return new Chunk<>(k, part, fork, chunkHash.snapshot(), bytes.lineBreaks());
            }
        }

        // Tells the progress consumer the rows read by all threads, never fewer than it was told before.
        private void tell(long rows) {
            told = Math.max(told, rows);
            progress.accept(told);
        }

        // A part's tick that adds its rows to the count of all threads, then tells `then`.
        private LongConsumer counted(LongConsumer then) {
            return new LongConsumer() {
                private long counted;

                @Override
                public void accept(long rows) {
                    rowsRead.add(rows - counted);
                    counted = rows;
                    then.accept(rows);
                }
            };
        }

        // Joins the chunk, and the finished chunks after it, once every chunk before it is joined.
        private synchronized void finish(Chunk<S> chunk) {
            finished.put(chunk.index(), chunk);
            for (Chunk<S> next = finished.remove(joinedChunks); next != null; next = finished.remove(joinedChunks)) {
                long before = linesBefore[joinedChunks];
                joined.addAll(next.part(), before);
                joinedTrades.join(next.sink(), before);
                hash = hash.followedBy(next.hash());
                joinedChunks++;
                linesBefore[joinedChunks] = before + next.lines();
            }
        }

        // The cut nearest the middle of the file (not the first nor the last), where the confirming pass splits it.
        private int middleCut() {
            int best = 1;
            for (int i = 2; i < cuts.length - 1; i++) {
                if (Math.abs(cuts[i] - size / 2) < Math.abs(cuts[best] - size / 2)) {
                    best = i;
                }
            }
            return best;
        }
    }

    /**
     * What reading one chunk found.
     *
     * @param index its place among the chunks
     * @param part  its rows and findings, lines numbered from the chunk's start
     * @param sink  its trades
     * @param hash  the hash of its bytes
     * @param lines its line breaks
     */
    private record Chunk<S>(int index, Part part, S sink, ContentHash.Value hash, long lines) {
    }

    /** A task on a thread of its own, started, awaited and stopped by the reading thread. */
    private static final class Helper implements Runnable {
        private final Task task;
        private final Thread thread;
        private boolean started;
        private volatile boolean succeeded;
        private volatile Error error;

        /** A piece of reading that may fail. */
        interface Task {
            void run() throws IOException;
        }

        Helper(String name, Task task) {
            this.task = task;
            this.thread = new Thread(this, name);
            thread.setDaemon(true);
        }

        // Starts the task on its thread; once: later calls do nothing. From the reading thread only.
        void start() {
            if (!started) {
                started = true;
                thread.start();
            }
        }

        boolean started() {
            return started;
        }

        @Override
        public void run() {
            try {
                task.run();
                succeeded = true;
            } catch (IOException | RuntimeException e) {
                // the caller reads the whole file again, which reports the problem if the file has one
            } catch (Error e) {
                error = e;
            }
        }

        // Waits for the end of the task (if started), running whileWaiting every WAIT_MILLIS until then.
        void await(Runnable whileWaiting) {
            try {
                thread.join(WAIT_MILLIS);
                while (thread.isAlive()) {
                    whileWaiting.run();
                    thread.join(WAIT_MILLIS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while reading");
            }
            if (error != null) {
                throw error;
            }
        }

        boolean succeeded() {
            return succeeded;
        }

        // Waits for the thread to end, if it was started; the task must have been told to stop.
        void stop() {
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

    // The records, until `stopped` tells to stop (asked every PROGRESS_ROWS records).
    private static Iterator<CsvRow> stoppable(Iterator<CsvRow> records, BooleanSupplier stopped) {
        return new Iterator<>() {
            private long count;

            @Override
            public boolean hasNext() {
                if ((++count & (PROGRESS_ROWS - 1)) == 0 && stopped.getAsBoolean()) {
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
             CsvReader<CsvRow> csv = csvReader(utf8(FileChunks.limit(in, cut)), handler)) {
            Iterator<CsvRow> records = csv.iterator();
            int idColumn = ColumnLayout.of(file, header(file, records)).positionOf(Column.POSITION_UUID);
            handler.keepOnly(idColumn);
            AtomicBoolean stopped = new AtomicBoolean();
            Helper secondHalf = new Helper("tradescope-read-1", () -> {
                try (InputStream raw = Files.newInputStream(file)) {
                    raw.skipNBytes(cut);
                    CsvRow.Handler ids = new CsvRow.Handler(firstHalfLines);
                    ids.keepOnly(idColumn);
                    try (CsvReader<CsvRow> rows = csvReader(utf8(new BufferedInputStream(raw, 1 << 16)), ids)) {
                        second.find(stoppable(rows.iterator(), stopped::get), idColumn);
                    }
                }
            });
            secondHalf.start();
            try {
                first.find(records, idColumn);
                secondHalf.await(() -> { });
            } finally {
                stopped.set(true);
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
