package dev.tradescope.trade.csv;

import static dev.tradescope.testing.CsvFixtures.HEADER;
import static dev.tradescope.testing.CsvFixtures.closed;
import static dev.tradescope.testing.CsvFixtures.open;
import static dev.tradescope.testing.CsvFixtures.writeRaw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tradescope.support.InvalidInputException;
import dev.tradescope.trade.Trade;
import dev.tradescope.trade.TradeIssue.Kind;
import dev.tradescope.trade.TradeSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A file read in chunks on several threads gives what reading it in order gives. */
class TradeHistoryReaderChunksTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 7, 19);
    private static final String HELPER_THREAD = "tradescope-read-1";
    private static final int PROGRESS_ROWS = 1;

    @TempDir
    Path dir;

    /**
     * Collects trades in file order, and the threads they came on. So that a helper thread always takes part,
     * the test's own thread waits at its fifth trade (after the helpers have started) until a helper has
     * passed a trade on.
     */
    private static final class ListSink implements TradeSink<ListSink> {
        final List<Trade> trades = new ArrayList<>();
        final Set<String> threads;
        private final Thread reading;
        private final CountDownLatch helped;
        private final AtomicInteger readingTrades;
        final AtomicInteger accepted;

        ListSink() {
            this(ConcurrentHashMap.newKeySet(), Thread.currentThread(), new CountDownLatch(1), new AtomicInteger(),
                    new AtomicInteger());
        }

        private ListSink(Set<String> threads, Thread reading, CountDownLatch helped, AtomicInteger readingTrades,
                         AtomicInteger accepted) {
            this.threads = threads;
            this.reading = reading;
            this.helped = helped;
            this.readingTrades = readingTrades;
            this.accepted = accepted;
        }

        @Override
        public void accept(Trade trade) {
            trades.add(trade);
            accepted.incrementAndGet();
            threads.add(Thread.currentThread().getName());
            if (Thread.currentThread() != reading) {
                helped.countDown();
            } else if (readingTrades.incrementAndGet() == 5) {
                try {
                    helped.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public ListSink fork() {
            return new ListSink(threads, reading, helped, readingTrades, accepted);
        }

        @Override
        public void join(ListSink later, long linesBefore) {
            for (Trade t : later.trades) {
                trades.add(new Trade(t.line() + linesBefore, t.positionId(), t.ticker(), t.strategy(), t.entryDate(),
                        t.exitDate(), t.status(), t.direction(), t.prices(), t.pnl(), t.returnValue(), t.durationDays(),
                        t.tradeType(), t.excursions(), t.daysSinceEntry(), t.currentReturn(), t.tradeQuality()));
            }
        }
    }

    // A reader of files in chunks of about chunkBytes, telling progress every row.
    private static TradeHistoryReader inChunks(long chunkBytes, LongConsumer progress) {
        return new TradeHistoryReader(AS_OF, progress, 0, chunkBytes, PROGRESS_ROWS);
    }

    // Rows with issues, duplicates within and across chunks, blank lines and a quoted field over three lines
    // early in the file, so that the later chunks' line numbers depend on counting them.
    private static List<String> rows() {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String ticker = "T" + (i % 17);
            String id = i == 20 || i == 390 ? "dup-across" : i == 250 || i == 300 ? "dup-second" : "id-" + i;
            if (i % 7 == 0) {
                rows.add(open(id, ticker, "2025-0" + (1 + i % 6) + "-1" + (i % 9), 10 + i % 13, (i % 11 - 5) / 20.0));
            } else {
                String row = closed(id, ticker, "2025-01-0" + (1 + i % 9), "2025-03-1" + (i % 10), 10 + i % 13,
                        11 + i % 5, i % 3 == 0 ? "Good" : "\"Poor, late\"");
                rows.add(i % 29 == 0 ? row.replace(",Closed,", ",Maybe,") : row);
            }
            if (i == 40) {
                rows.add(closed("quoted", "Q", "2025-01-02", "2025-01-09", 10, 12, "\"Good\nsee\r\nnotes\""));
            }
            if (i % 97 == 0) {
                rows.add("");
            }
        }
        return rows;
    }

    private Path file(String name, String lineEnd) {
        return writeRaw(dir, name, HEADER + lineEnd + String.join(lineEnd, rows()) + lineEnd);
    }

    @ParameterizedTest
    @CsvSource({"LF, 1000, false", "LF, 16000, false", "CRLF, 1000, false", "CRLF, 3000, false", "LF, 64, true",
            "CRLF, 64, true"})
    void read_inChunks_givesTheTradesAndSummaryOfAnOrderedRead(String lineEnd, long chunkBytes, boolean cutsInQuotes) {
        Path file = file("t.csv", lineEnd.equals("LF") ? "\n" : "\r\n");
        List<Trade> inOrder = new ArrayList<>();
        ReadSummary expected = new TradeHistoryReader(AS_OF).readInOrder(file, inOrder::add);
        ListSink sink = new ListSink();
        List<Long> progress = new ArrayList<>();

        ReadSummary summary = inChunks(chunkBytes, progress::add).read(file, sink);

        assertThat(sink.threads).contains(HELPER_THREAD);
        assertThat(sink.trades).isEqualTo(inOrder);
        assertThat(summary).isEqualTo(expected);
        assertThat(summary.issueCounts()).containsEntry(Kind.DUPLICATE_POSITION_ID, 2L)
                .containsKey(Kind.UNKNOWN_STATUS);
        assertThat(progress).isSorted().last().isEqualTo(summary.rowsRead());
        // With cuts inside the quoted field over three lines, a thread may start a range there, and then the
        // file is read again as a whole; else each trade is passed on once.
        if (!cutsInQuotes) {
            assertThat(sink.accepted.get()).as("trades passed on").isEqualTo(inOrder.size());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {8, 64, 1 << 14})
    void read_helpersStartedAfterAHeadStart_givesTheTradesOfAnOrderedRead(int progressRows) {
        Path file = file("h.csv", "\n");
        List<Trade> inOrder = new ArrayList<>();
        ReadSummary expected = new TradeHistoryReader(AS_OF).readInOrder(file, inOrder::add);
        List<Trade> trades = new ArrayList<>();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Long> progress = new ArrayList<>();

        ReadSummary summary = new TradeHistoryReader(AS_OF, progress::add, 0, 1000, progressRows)
                .read(file, new PlainSink(trades, threads));

        assertThat(trades).isEqualTo(inOrder);
        assertThat(summary).isEqualTo(expected);
        assertThat(progress).isSorted().last().isEqualTo(summary.rowsRead());
        if (progressRows == 1 << 14) {
            assertThat(threads).as("a file shorter than the head start").containsOnly(Thread.currentThread().getName());
        }
    }

    /** Trades in file order, without waiting for helpers. */
    private record PlainSink(List<Trade> trades, Set<String> threads) implements TradeSink<PlainSink> {
        @Override
        public void accept(Trade trade) {
            trades.add(trade);
            threads.add(Thread.currentThread().getName());
        }

        @Override
        public PlainSink fork() {
            return new PlainSink(new ArrayList<>(), threads);
        }

        @Override
        public void join(PlainSink later, long linesBefore) {
            later.trades.forEach(t -> trades.add(new Trade(t.line() + linesBefore, t.positionId(), t.ticker(),
                    t.strategy(), t.entryDate(), t.exitDate(), t.status(), t.direction(), t.prices(), t.pnl(),
                    t.returnValue(), t.durationDays(), t.tradeType(), t.excursions(), t.daysSinceEntry(),
                    t.currentReturn(), t.tradeQuality())));
        }
    }

    /**
     * Trades in file order, counting the forks alive (made and not yet joined to another). The reading thread
     * takes a millisecond a trade, the helpers ten, so that the helpers start early and the reading thread
     * keeps finishing its ranges first and taking halves of theirs: many ranges.
     */
    private record CountingSink(List<Trade> trades, Thread reading, AtomicInteger made, AtomicInteger alive,
                                AtomicInteger mostAlive) implements TradeSink<CountingSink> {
        CountingSink() {
            this(new ArrayList<>(), Thread.currentThread(), new AtomicInteger(), new AtomicInteger(1),
                    new AtomicInteger(1));
        }

        @Override
        public void accept(Trade trade) {
            trades.add(trade);
            try {
                Thread.sleep(Thread.currentThread() == reading ? 1 : 10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public CountingSink fork() {
            made.incrementAndGet();
            mostAlive.accumulateAndGet(alive.incrementAndGet(), Math::max);
            return new CountingSink(new ArrayList<>(), reading, made, alive, mostAlive);
        }

        @Override
        public void join(CountingSink later, long linesBefore) {
            alive.decrementAndGet();
            new PlainSink(trades, ConcurrentHashMap.newKeySet()).join(new PlainSink(later.trades, Set.of()), linesBefore);
        }
    }

    @Test
    void read_manyRangesTaken_keepsAFewForksAliveAndTheTradesOfAnOrderedRead() {
        Path file = file("f.csv", "\n");
        List<Trade> inOrder = new ArrayList<>();
        ReadSummary expected = new TradeHistoryReader(AS_OF).readInOrder(file, inOrder::add);
        CountingSink sink = new CountingSink();

        ReadSummary summary = inChunks(64, rows -> { }).read(file, sink);

        assertThat(sink.trades()).isEqualTo(inOrder);
        assertThat(summary).isEqualTo(expected);
        int threads = TradeHistoryReader.readingThreads();
        assertThat(sink.made().get()).as("ranges read: more than may be alive at once").isGreaterThan(2 * threads + 2);
        assertThat(sink.mostAlive().get()).as("forks alive at once").isLessThanOrEqualTo(2 * threads + 2);
        assertThat(sink.alive().get()).as("forks left once joined").isEqualTo(1);
    }

    // Unquoted, the confirming pass scans the ids' bytes; quoted, it leaves them to the CSV parser.
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void read_repeatedIdsAcrossChunks_nameTheFirstLineOfTheFile(boolean quotedIds) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String id = i == 0 || i == 40 || i == 50 ? "a" : i == 45 || i == 55 ? "b" : "id-" + i;
            id = quotedIds ? "\"" + id + "\"" : id;
            rows.add(closed(id, "T" + i % 5, "2025-01-02", "2025-01-09", 10, 12, "Good"));
        }
        Path file = writeRaw(dir, "d.csv", HEADER + "\n" + String.join("\n", rows) + "\n");
        ReadSummary expected = new TradeHistoryReader(AS_OF).readInOrder(file, t -> { });
        ListSink sink = new ListSink();
        assertThat(openFilesIn(dir)).isZero();

        ReadSummary summary = inChunks(200, read -> { }).read(file, sink);

        assertThat(openFilesIn(dir)).as("files left open").isZero();
        assertThat(sink.threads).contains(HELPER_THREAD);
        assertThat(summary).isEqualTo(expected);
        assertThat(summary.firstIssues()).extracting(i -> i.line() + " " + i.reason()).containsExactly(
                "42 the same Position_UUID is on line 2", "52 the same Position_UUID is on line 2",
                "57 the same Position_UUID is on line 47");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void read_releasesTheFilterOnceAfterTheLastRow(boolean chunked) {
        Path file = file("r.csv", "\n");
        List<String> told = new ArrayList<>();
        LongConsumer progress = rows -> told.add("rows " + rows);
        LongConsumer released = bytes -> told.add("filter " + bytes);
        TradeHistoryReader reader = chunked
                ? new TradeHistoryReader(AS_OF, progress, released, 0, 1_000, PROGRESS_ROWS)
                : new TradeHistoryReader(AS_OF, progress, released, Long.MAX_VALUE, 1_000, PROGRESS_ROWS);

        ReadSummary summary = reader.read(file, new PlainSink(new ArrayList<>(), ConcurrentHashMap.newKeySet()));

        assertThat(told).filteredOn(t -> t.startsWith("filter")).containsExactly("filter "
                + new DuplicateIdDetector(summary.sizeBytes()).filterBytes());
        assertThat(told.get(told.size() - 1)).as("told last, after every row").startsWith("filter");
        assertThat(told.get(told.size() - 2)).isEqualTo("rows " + summary.rowsRead());
        assertThat(summary.issueCounts()).containsEntry(Kind.DUPLICATE_POSITION_ID, 2L);
    }

    @Test
    void read_cutInsideAQuotedField_readsTheWholeFileInOrder() {
        List<String> rows = new ArrayList<>(rows().subList(0, 10));
        rows.add(closed("long-note", "N", "2025-01-02", "2025-01-09", 10, 12, "\"" + "line\n".repeat(2_000) + "\""));
        rows.addAll(rows().subList(10, 20));
        Path file = writeRaw(dir, "q.csv", HEADER + "\n" + String.join("\n", rows) + "\n");
        List<Trade> inOrder = new ArrayList<>();
        ReadSummary expected = new TradeHistoryReader(AS_OF).readInOrder(file, inOrder::add);
        List<Trade> trades = new ArrayList<>();

        ReadSummary summary = inChunks(500, read -> { }).read(file, new PlainSink(trades, ConcurrentHashMap.newKeySet()));

        assertThat(trades).isEqualTo(inOrder).hasSize(20);
        assertThat(summary).isEqualTo(expected);
    }

    @Test
    void read_notUtf8InALaterChunk_stopsWithTheMessageOfAnOrderedRead() throws IOException {
        byte[] text = (HEADER + "\n" + String.join("\n", rows()) + "\n").getBytes(StandardCharsets.UTF_8);
        text[text.length * 3 / 4] = (byte) 0xC9;
        Path file = Files.write(dir.resolve("l.csv"), text);
        String message = messageOf(() -> new TradeHistoryReader(AS_OF).readInOrder(file, t -> { }));

        assertThatThrownBy(() -> inChunks(1000, rows -> { }).read(file, new ListSink()))
                .isInstanceOf(InvalidInputException.class).hasMessage(message).hasMessageContaining("not UTF-8");
    }

    @Test
    void read_unclosedQuoteAtTheEnd_stopsAsInvalidCsv() {
        Path file = writeRaw(dir, "u.csv", HEADER + "\n" + String.join("\n", rows()) + "\nX,\"2025-01-02\n");

        assertThatThrownBy(() -> inChunks(1000, rows -> { }).read(file, new ListSink()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a valid CSV file");
    }

    // The process's open file descriptors on files in the folder (Linux); the test is skipped elsewhere. Only
    // the folder's: other threads of the test JVM open and close files of their own meanwhile (jars, sockets).
    private static long openFilesIn(Path folder) {
        Path descriptors = Path.of("/proc/self/fd");
        assumeTrue(Files.isDirectory(descriptors), "needs /proc/self/fd");
        Path real;
        try (var entries = Files.list(descriptors)) {
            real = folder.toRealPath();
            return entries.filter(fd -> target(fd).filter(t -> t.startsWith(real)).isPresent()).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.util.Optional<Path> target(Path descriptor) {
        try {
            return java.util.Optional.of(Files.readSymbolicLink(descriptor));
        } catch (IOException e) {
            return java.util.Optional.empty(); // closed meanwhile
        }
    }

    private static String messageOf(Runnable read) {
        try {
            read.run();
        } catch (InvalidInputException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected the read to fail");
    }
}
