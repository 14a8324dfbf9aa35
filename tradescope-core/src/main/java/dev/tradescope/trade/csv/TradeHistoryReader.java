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
import java.util.concurrent.CancellationException;
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
 * <p>A large file given with a {@link TradeSink} is read by two or more threads at once. It is cut at line
 * breaks into chunks of a few megabytes; each thread reads a range of consecutive chunks into a
 * {@linkplain TradeSink#fork fork} of the sink, and a thread left without work takes the second half of the
 * chunks not yet begun of the range that has the most, so the threads finish within a chunk of each other
 * however their speeds differ. The ranges are joined in file order: the same summary and the same trades,
 * each byte still read once (a range's lines are numbered from its start and moved down at the join; each
 * range's bytes are hashed apart, and the file's hash is combined from theirs). When a range turns out to
 * start inside a quoted field, or any range fails, the file is read again as a whole, which reports its
 * true problem, if it has one.
 */
public final class TradeHistoryReader {
    /** How many issues the summary keeps in full (all are counted). */
    public static final int ISSUES_KEPT = 50;
    /** Files from this size on are read in chunks on several threads when the trades go to a {@link TradeSink}. */
    public static final long PARALLEL_FROM_BYTES = 32L << 20;
    /**
     * The size of the chunks, the unit the reading threads share the file in: they end within a chunk of
     * each other (about 15 000 rows, some 20 ms of one thread).
     */
    static final long CHUNK_BYTES = 4L << 20;
    /** Files from this size on get the duplicate-id filter's largest size, 16 MB, for the time of the reading. */
    public static final long LARGEST_FILTER_FROM_BYTES = DuplicateIdDetector.LARGEST_FROM_BYTES;
    /** The duplicate-id filter's largest size in bytes, which files of {@link #LARGEST_FILTER_FROM_BYTES} or more get. */
    public static final long LARGEST_FILTER_BYTES = DuplicateIdDetector.LARGEST_BYTES;
    private static final int PROGRESS_ROWS = 1 << 14;
    private static final long WAIT_MILLIS = 250;
    private static final int MAX_THREADS = 4;

    // How many threads read a file in chunks: one a processor, at least two, at most MAX_THREADS.
    static int readingThreads() {
        return Math.min(Math.max(2, Runtime.getRuntime().availableProcessors()), MAX_THREADS);
    }

    private final LocalDate asOf;
    private final LongConsumer progress;
    private final LongConsumer filterReleased;
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
        this(asOf, progress, filterBytes -> { });
    }

    /**
     * Builds a reader that also tells when a reading releases its duplicate-id filter.
     *
     * @param asOf           the date that open trades' derived day counts run to
     * @param progress       told the number of rows read so far, about every 16 384 rows and at the end, on
     *                       the calling thread
     * @param filterReleased told the size in bytes of the duplicate-id filter (up to
     *                       {@link #LARGEST_FILTER_BYTES}) once a reading has read every row and released the
     *                       filter, before the pass that confirms repeated ids, on the calling thread: the
     *                       moment its memory can be reclaimed
     */
    public TradeHistoryReader(LocalDate asOf, LongConsumer progress, LongConsumer filterReleased) {
        this(asOf, progress, filterReleased, PARALLEL_FROM_BYTES, CHUNK_BYTES, PROGRESS_ROWS);
    }

    // A reader that reads files of parallelFromBytes or more in chunks of chunkBytes, telling progress every
    // progressRows rows (a power of two). Tests use small files, chunks and counts.
    TradeHistoryReader(LocalDate asOf, LongConsumer progress, long parallelFromBytes, long chunkBytes, int progressRows) {
        this(asOf, progress, filterBytes -> { }, parallelFromBytes, chunkBytes, progressRows);
    }

    TradeHistoryReader(LocalDate asOf, LongConsumer progress, LongConsumer filterReleased, long parallelFromBytes,
                       long chunkBytes, int progressRows) {
        if (Integer.bitCount(progressRows) != 1) {
            throw new IllegalArgumentException("progressRows must be a power of two, was " + progressRows);
        }
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.filterReleased = Objects.requireNonNull(filterReleased, "filterReleased");
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
                    // read again as a whole, with a filter of its own: this one is let go first (16 MB for a
                    // large file), and the progress told stays where the chunks had brought it
                    chunked.releaseFilter();
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
        ColumnLayout layout;
        try (ContentHash hash = new ContentHash(Files.newInputStream(file));
             InputStream in = new BufferedInputStream(hash, 1 << 16);
             CsvReader<CsvRow> csv = csvReader(utf8(in), new CsvRow.Handler())) {
            Iterator<CsvRow> records = csv.iterator();
            layout = ColumnLayout.of(file, header(file, records));
            part.read(records, layout, duplicates.map(DuplicateIdDetector::feed), sink, progress);
            drain(in);
            contentHash = hash.value();
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(file, e);
        } catch (CsvParseException e) {
            throw new InvalidInputException(file + ": not a valid CSV file: " + describe(e));
        }
        int idColumn = layout.positionOf(Column.POSITION_UUID);
        return summary(file, size, contentHash, part, progress, duplicates,
                suspects -> confirmDuplicates(file, idColumn, suspects, part.issues));
    }

    // The summary of a file read to its end; a file without data rows stops the run. For a file that has
    // rows, the duplicate-id filter is released, then its suspects (if any) confirmed.
    private ReadSummary summary(Path file, long size, String contentHash, Part part, LongConsumer progress,
                                Optional<DuplicateIdDetector> duplicates,
                                Consumer<DuplicateIdDetector.Suspects> confirmDuplicates) {
        progress.accept(part.rows);
        if (part.rows == 0) {
            throw new InvalidInputException(file + ": has a header but no data rows; expected at least one trade");
        }
        boolean exact = true;
        if (duplicates.isPresent()) {
            long filterBytes = duplicates.get().filterBytes();
            DuplicateIdDetector.Suspects suspects = duplicates.get().finish();
            filterReleased.accept(filterBytes);
            if (!suspects.isEmpty()) {
                confirmDuplicates.accept(suspects);
            }
            exact = !suspects.overflowed();
        }
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
     * One reading of a file in chunks, by ranges of consecutive chunks. The calling thread reads the header
     * and the first chunk as a range of its own, then a range of every other chunk; helper threads join in
     * once it has a head start. A thread
     * without a range takes the second half of the chunks not yet begun of the range that has the most
     * left, until no range has two left. Each range is one stream through one CSV reader into one fork of
     * the sink, and the threads end within a chunk of each other. A range read to its end is joined at once
     * to the range before it, or the range after it to it, when that one is read too: the forks alive are
     * then a few per thread however large the file (each holds a group of sums per ticker, some 400 kB for
     * 500 tickers), where a range of its own for every share taken made ten forks on ten million rows. Once
     * every range is read they are one, whose fork is joined to the sink.
     */
    private final class ChunkedRead<S extends TradeSink<S>> {
        private final Path file;
        private final long size;
        private final long[] cuts;
        private final S sink;
        private final DuplicateIdDetector duplicates;
        private final LongAdder rowsRead = new LongAdder();
        private volatile boolean stopped;
        private volatile boolean failed;
        private final List<Range> ranges = new ArrayList<>(); // guarded by this object's lock
        // The position ids' column, from the header (read by the calling thread before any range).
        private int idColumn = -1;
        // The most rows told to the progress consumer (on the reading thread only).
        long told;

        ChunkedRead(Path file, long size, long[] cuts, S sink) {
            this.file = file;
            this.size = size;
            this.cuts = cuts;
            this.sink = sink;
            this.duplicates = new DuplicateIdDetector(size);
        }

        /** A chunk that began a range, and the lines before it of the range it is now part of. */
        private record Start(int chunk, long linesBefore) {
            // Whichever of the two chunks begins nearer the middle of the file; the first chunk (0) never counts.
            Start nearerMiddle(Start other, long[] cuts, long size) {
                if (chunk == 0) {
                    return other;
                }
                long half = size / 2;
                boolean nearer = other.chunk > 0 && Math.abs(cuts[other.chunk] - half) < Math.abs(cuts[chunk] - half);
                return nearer ? other : this;
            }
        }

        /** Consecutive chunks read by one thread, into a part and a fork of the sink of their own. */
        private final class Range {
            final int first;
            // The next chunk to begin, and the end of the range (lowered when another thread takes its second
            // half): guarded by the lock of ChunkedRead.this.
            int next;
            int end;
            final Part part = new Part();
            final S fork = sink.fork();
            ContentHash.Value hash;
            long lines;
            // Read to its end (and not being joined to another range right now): guarded like next and end.
            boolean done;
            // Of the chunks that began this range or a range joined to it, the one that begins nearest the
            // middle of the file: where the second pass may cut the file in two.
            Start middle;

            Range(int first, int end) {
                this.first = first;
                this.middle = new Start(first, 0);
                this.next = first;
                this.end = end;
            }
        }

        // Empty when the chunks could not be read as such (the whole file is read then).
        Optional<ReadSummary> read() {
            List<Helper> helpers = new ArrayList<>();
            // The first chunk ends its range early in the run, while the per-row code is still profiled: the
            // optimising compiler then keeps the end of a stream in the code it makes, instead of leaving
            // it out and throwing the code away when the last range ends (the code of FastCSV's parser,
            // the JDK's decoder and the reading loop, compiled again at the end of the pass, then again for
            // the second pass that confirms duplicate ids).
            Range head = new Range(0, 1);
            Range rest = new Range(1, cuts.length - 1);
            synchronized (this) {
                ranges.add(head);
                ranges.add(rest);
            }
            try (RangeStream bytes = new RangeStream(head); CsvReader<CsvRow> csv = bytes.records()) {
                Iterator<CsvRow> records = csv.iterator();
                ColumnLayout layout = ColumnLayout.of(file, header(file, records));
                idColumn = layout.positionOf(Column.POSITION_UUID);
                int threads = readingThreads();
                for (int i = 1; i < threads; i++) {
                    DuplicateIdDetector.Feed ids = duplicates.feed();
                    helpers.add(new Helper("tradescope-read-" + i, () -> takeRanges(layout, ids, rows -> { })));
                }
                // The first chunks are read alone for two progress ticks (32 768 rows), then the helpers
                // start (on a file read before that, they never do). The first rows of a run are read by the
                // interpreter and by code still being compiled, each at many times the cost of a compiled row:
                // read by one thread while the compilers have the other core, and the helpers start on
                // compiled code (1 M rows: 2.78 -> 2.55 s in alternating runs of the two halves this reading
                // replaced, docs/benchmarks.md).
                LongConsumer tick = rows -> {
                    long read = rowsRead.sum();
                    if (read >= 2L * progressRows) {
                        helpers.forEach(Helper::start);
                    }
                    tell(read);
                };
                DuplicateIdDetector.Feed ids = duplicates.feed();
                readRange(head, bytes, stoppable(records, () -> stopped), layout, ids, tick);
                readRange(rest, layout, ids, tick);
                takeRanges(layout, ids, tick);
                for (Helper helper : helpers) {
                    helper.await(() -> tell(rowsRead.sum()));
                }
            } catch (IOException | UncheckedIOException | CsvParseException | InvalidInputException e) {
                return Optional.empty();
            } catch (CancellationException e) {
                if (!failed) {
                    throw e;
                }
                return Optional.empty(); // another thread's range failed
            } finally {
                stopped = true;
                helpers.forEach(Helper::stop);
            }
            if (failed || helpers.stream().anyMatch(h -> h.started() && !h.succeeded())) {
                return Optional.empty();
            }
            return Optional.of(joinRanges());
        }

        // Lets the duplicate-id filter go, once a read() that failed has returned (its threads are stopped by then).
        void releaseFilter() {
            duplicates.finish();
        }

        // Takes ranges from the others and reads them, until no range has two chunks left to share.
        private void takeRanges(ColumnLayout layout, DuplicateIdDetector.Feed ids, LongConsumer tick) throws IOException {
            try {
                for (Range range = share(); range != null && !stopped; range = share()) {
                    readRange(range, layout, ids, tick);
                }
            } catch (IOException | RuntimeException e) {
                failed = true;
                stopped = true;
                throw e;
            }
        }

        // Reads a range that has no header line to its end.
        private void readRange(Range range, ColumnLayout layout, DuplicateIdDetector.Feed ids, LongConsumer tick)
                throws IOException {
            try (RangeStream bytes = new RangeStream(range); CsvReader<CsvRow> csv = bytes.records()) {
                readRange(range, bytes, stoppable(csv.iterator(), () -> stopped), layout, ids, tick);
            }
        }

        // Reads the records of a range to its end, which may come closer while it is read.
        private void readRange(Range range, RangeStream bytes, Iterator<CsvRow> records, ColumnLayout layout,
                               DuplicateIdDetector.Feed ids, LongConsumer tick) throws IOException {
            LongConsumer counted = counted(tick);
            range.part.read(records, layout, Optional.of(ids), range.fork, counted);
            counted.accept(range.part.rows);
            range.hash = bytes.hashed.snapshot();
            range.lines = bytes.lineBreaks();
            settle(range);
        }

        // Marks the range read, then joins read ranges that follow each other until no two are left.
        private void settle(Range read) {
            synchronized (this) {
                read.done = true;
            }
            while (true) {
                Range earlier = null;
                Range later = null;
                synchronized (this) {
                    for (Range a : ranges) {
                        for (Range b : ranges) {
                            if (a.done && b.done && a != b && a.end == b.first) {
                                earlier = a;
                                later = b;
                            }
                        }
                    }
                    if (earlier == null) {
                        return;
                    }
                    ranges.remove(later);
                    earlier.done = false; // taken: no other thread joins to it until it is done again
                }
                Start laterMiddle = new Start(later.middle.chunk(), earlier.lines + later.middle.linesBefore());
                earlier.middle = earlier.middle.nearerMiddle(laterMiddle, cuts, size);
                earlier.part.addAll(later.part, earlier.lines);
                earlier.fork.join(later.fork, earlier.lines);
                earlier.hash = earlier.hash.followedBy(later.hash);
                earlier.lines += later.lines;
                synchronized (this) {
                    earlier.end = later.end;
                    earlier.next = later.end;
                    earlier.done = true;
                }
            }
        }

        // A new range of the second half of the chunks not yet begun of the range that has the most of them
        // (at least two); null when there is none.
        private synchronized Range share() {
            Range largest = null;
            for (Range range : ranges) {
                if (largest == null || range.end - range.next > largest.end - largest.next) {
                    largest = range;
                }
            }
            if (largest == null || largest.end - largest.next < 2) {
                return null;
            }
            int middle = largest.next + (largest.end - largest.next) / 2;
            Range taken = new Range(middle, largest.end);
            largest.end = middle;
            ranges.add(taken);
            return taken;
        }

        // The end of the range's next chunk, which the range begins; -1 when it has no chunk left.
        private synchronized long begin(Range range) {
            if (range.next >= range.end) {
                return -1;
            }
            range.next++;
            return cuts[range.next];
        }

        // The file's findings: once every range is read, settle() has joined them all into one (no two read
        // ranges that follow each other are ever left apart), whose fork goes to the sink.
        private ReadSummary joinRanges() {
            Range all;
            synchronized (this) {
                if (ranges.size() != 1) {
                    throw new IllegalStateException(ranges.size() + " ranges left apart once read");
                }
                all = ranges.get(0);
            }
            sink.join(all.fork, 0);
            long cut = all.middle.chunk() == 0 ? -1 : cuts[all.middle.chunk()];
            long firstHalfLines = all.middle.linesBefore();
            return summary(file, size, all.hash.toString(), all.part, this::tell, Optional.of(duplicates), suspects -> {
                if (cut < 0 || !confirmInHalves(file, idColumn, cut, firstHalfLines, suspects, all.part.issues)) {
                    confirmDuplicates(file, idColumn, suspects, all.part.issues);
                }
            });
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

        /**
         * The bytes of a range, from the start of its first chunk to the end of the last one it begins: it
         * begins each chunk as it reaches it, and ends where the range ends by then. It counts the line
         * breaks it passes as FastCSV numbers lines, and hashes its bytes.
         */
        private final class RangeStream extends InputStream {
            private final Range range;
            private final InputStream file;
            private final FileChunks.LineBreaks lineBreaks = new FileChunks.LineBreaks();
            private long position;
            private long limit;
            final ContentHash hashed;

            RangeStream(Range range) throws IOException {
                this.range = range;
                this.position = cuts[range.first];
                this.limit = position;
                InputStream opened = Files.newInputStream(ChunkedRead.this.file);
                try {
                    opened.skipNBytes(position);
                } catch (IOException e) {
                    opened.close();
                    throw e;
                }
                this.file = opened;
                this.hashed = new ContentHash(this);
            }

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) == 1 ? one[0] & 0xFF : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                if (position == limit) {
                    long end = begin(range);
                    if (end < 0) {
                        return -1;
                    }
                    limit = end;
                }
                int n = file.read(b, off, (int) Math.min(len, limit - position));
                if (n < 0) {
                    // the file shrank since its size was taken: the caller reads it again as a whole
                    throw new IOException("the file ended " + (limit - position) + " bytes before the end of a chunk");
                }
                position += n;
                lineBreaks.count(b, off, off + n);
                return n;
            }

            // The records of the range, its bytes hashed on their way.
            CsvReader<CsvRow> records() {
                return csvReader(utf8(new BufferedInputStream(hashed, 1 << 16)), new CsvRow.Handler());
            }

            // The line breaks of the range; it must have been read to its end.
            long lineBreaks() {
                return lineBreaks.value();
            }

            @Override
            public void close() throws IOException {
                file.close();
            }
        }
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

    // Second pass, only when the first one found suspects: finds each suspect id's lines and reports repeats. The file
    // is scanned by its bytes, or parsed when the scan leaves it to the parser (IdColumnScan).
    private static void confirmDuplicates(Path file, int idColumn, DuplicateIdDetector.Suspects suspects,
                                          IssueCollector issues) {
        try {
            Occurrences scanned = new Occurrences(suspects, new IssueCollector(ISSUES_KEPT));
            if (scanned.scan(file, 0, Long.MAX_VALUE, 0, idColumn)) {
                issues.addAll(scanned.issues);
            } else {
                new Occurrences(suspects, issues).parse(file, 0, Long.MAX_VALUE, 0, idColumn);
            }
        } catch (IOException | UncheckedIOException | CsvParseException e) {
            throw unreadable(file, e);
        }
    }

    /**
     * The second pass in two halves at once, as the first was read: scanned by bytes, or parsed when a scan leaves a
     * half to the parser; false when they could not be read so (the whole file is read then).
     */
    private static boolean confirmInHalves(Path file, int idColumn, long cut, long firstHalfLines,
                                           DuplicateIdDetector.Suspects suspects, IssueCollector issues) {
        // Each half's repeats are gathered apart and added only once both halves are read.
        Optional<Occurrences[]> halves = inHalves(file, idColumn, cut, firstHalfLines, suspects, Occurrences::scan)
                .or(() -> inHalves(file, idColumn, cut, firstHalfLines, suspects, Occurrences::parse));
        if (halves.isEmpty()) {
            return false;
        }
        Occurrences first = halves.get()[0];
        Occurrences second = halves.get()[1];
        // The second half's repeats name the id's first line in that half; an id seen in the first half
        // names its line there instead, and its first line in the second half is a repeat too.
        issues.addAll(first.issues);
        issues.addAll(second.issues, issue -> {
            Long earlier = first.firstLine.get(issue.value());
            return earlier == null ? issue : Occurrences.repeat(issue.value(), issue.line(), earlier);
        });
        second.firstLine.forEach((id, line) -> {
            Long earlier = first.firstLine.get(id);
            if (earlier != null) {
                issues.add(Occurrences.repeat(id, line, earlier));
            }
        });
        return true;
    }

    /** A way of reading the ids of part of a file into occurrences: false when it leaves the part to another. */
    private interface Reading {
        boolean read(Occurrences into, Path file, long from, long length, long linesBefore, int idColumn)
                throws IOException;
    }

    // Reads the two halves at once (the second on a thread of its own), each into occurrences of its own; empty when
    // either could not be read so.
    private static Optional<Occurrences[]> inHalves(Path file, int idColumn, long cut, long firstHalfLines,
                                                    DuplicateIdDetector.Suspects suspects, Reading reading) {
        Occurrences first = new Occurrences(suspects, new IssueCollector(ISSUES_KEPT));
        Occurrences second = new Occurrences(suspects, new IssueCollector(ISSUES_KEPT));
        try {
            Helper secondHalf = new Helper("tradescope-read-1",
                    () -> second.complete = reading.read(second, file, cut, Long.MAX_VALUE, firstHalfLines, idColumn));
            secondHalf.start();
            try {
                first.complete = reading.read(first, file, 0, cut, 0, idColumn);
                if (first.complete) {
                    secondHalf.await(() -> { });
                }
            } finally {
                second.stopped = true;
                secondHalf.stop();
            }
            return first.complete && secondHalf.succeeded() && second.complete
                    ? Optional.of(new Occurrences[] {first, second}) : Optional.empty();
        } catch (IOException | UncheckedIOException | CsvParseException | InvalidInputException e) {
            return Optional.empty();
        }
    }

    /**
     * The first line of each suspect id in a file or part of it; each repeat goes to an issue collector. Told the
     * ids by the CSV parser ({@link #find}, {@link #parse}) or by a scan of the bytes ({@link #scan}).
     */
    private static final class Occurrences implements IdColumnScan.Ids {
        final DuplicateIdDetector.Suspects suspects;
        final Map<String, Long> firstLine = new HashMap<>();
        final IssueCollector issues;
        // Set when the reading of the other half has ended: this one stops too.
        volatile boolean stopped;
        // Whether a Reading read all of its part.
        volatile boolean complete;

        Occurrences(DuplicateIdDetector.Suspects suspects, IssueCollector issues) {
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
                if (suspects.mayRepeat(id)) {
                    offer(id, row.line());
                }
            }
        }

        // Parses the `length` bytes of the file from `from` (a record's start, after `linesBefore` lines; the file's
        // start, whose header is skipped, when 0). Always true: the parser reads any part.
        boolean parse(Path file, long from, long length, long linesBefore, int idColumn) throws IOException {
            try (InputStream raw = openAt(file, from)) {
                CsvRow.Handler ids = new CsvRow.Handler(linesBefore);
                try (CsvReader<CsvRow> rows = csvReader(utf8(new BufferedInputStream(limit(raw, length), 1 << 16)),
                        ids)) {
                    Iterator<CsvRow> records = stoppable(rows.iterator(), () -> stopped);
                    if (from == 0) {
                        header(file, records);
                    }
                    ids.keepOnly(idColumn);
                    find(records, idColumn);
                }
            }
            return true;
        }

        // Scans the same bytes as parse() would read; false when it leaves them to the parser (IdColumnScan).
        boolean scan(Path file, long from, long length, long linesBefore, int idColumn) throws IOException {
            try (InputStream raw = openAt(file, from)) {
                return IdColumnScan.scan(limit(raw, length), linesBefore + 1, from == 0, idColumn, this, () -> stopped);
            }
        }

        // The file, read from byte `from` on.
        private static InputStream openAt(Path file, long from) throws IOException {
            InputStream raw = Files.newInputStream(file);
            try {
                raw.skipNBytes(from);
            } catch (IOException e) {
                raw.close();
                throw e;
            }
            return raw;
        }

        // Its first `length` bytes (Long.MAX_VALUE: all); closing it leaves `in` open.
        private static InputStream limit(InputStream in, long length) {
            return length == Long.MAX_VALUE ? in : FileChunks.limit(in, length);
        }

        @Override
        public void ascii(byte[] bytes, int from, int to, long hash, long line) {
            if (suspects.mayRepeat(hash)) {
                offer(new String(bytes, from, to - from, StandardCharsets.US_ASCII), line);
            }
        }

        @Override
        public void text(String id, long line) {
            if (suspects.mayRepeat(id)) {
                offer(id, line);
            }
        }

        private void offer(String id, long line) {
            Long first = firstLine.putIfAbsent(id, line);
            if (first != null) {
                issues.add(repeat(id, line, first));
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
