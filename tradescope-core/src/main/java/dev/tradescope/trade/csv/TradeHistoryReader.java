package dev.tradescope.trade.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import dev.tradescope.support.InvalidInputException;
import dev.tradescope.trade.Trade;
import dev.tradescope.trade.TradeIssue;
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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Streams a trade-history export once, validating each row, deriving missing fields and handing
 * every usable trade to a consumer. It keeps no list of trades: memory stays flat as files grow.
 * Row problems are gathered into the {@link ReadSummary}; only a file that cannot be read as a
 * trade history at all stops the run with an {@link InvalidInputException}.
 */
public final class TradeHistoryReader {
    /** How many issues the summary keeps in full (all are counted). */
    public static final int ISSUES_KEPT = 50;

    private final LocalDate asOf;
    private final LongConsumer progress;

    /**
     * Builds a reader.
     *
     * @param asOf     the date that open trades' derived day counts run to
     * @param progress told the number of rows read so far, every 65 536 rows and at the end
     */
    public TradeHistoryReader(LocalDate asOf, LongConsumer progress) {
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** Builds a reader that reports no progress. */
    public TradeHistoryReader(LocalDate asOf) {
        this(asOf, rows -> { });
    }

    /** Reads the file, passing each usable trade to {@code sink}, and returns what was found. */
    public ReadSummary read(Path file, Consumer<Trade> sink) {
        return pass(file, sink, true);
    }

    /**
     * Streams the usable trades of a file that {@link #read} has already checked to a second consumer:
     * the same rows, without the duplicate-id check (its filter and confirming pass are not repeated).
     */
    public void replay(Path file, Consumer<Trade> sink) {
        pass(file, sink, false);
    }

    private ReadSummary pass(Path file, Consumer<Trade> sink, boolean checkDuplicates) {
        checkReadable(file);
        Optional<DuplicateIdDetector> duplicates = checkDuplicates
                ? Optional.of(new DuplicateIdDetector(size(file))) : Optional.empty();
        IssueCollector issues = new IssueCollector(ISSUES_KEPT);
        Derivations derivations = new Derivations();
        Completeness completeness = new Completeness();
        long[] counts = new long[2];
        String contentHash;
        try (ContentHash hash = new ContentHash(Files.newInputStream(file));
             InputStream in = new BufferedInputStream(hash, 1 << 16);
             CsvReader<CsvRow> csv = csvReader(utf8(in))) {
            Iterator<CsvRow> rows = csv.iterator();
            ColumnLayout layout = ColumnLayout.of(file, header(file, rows));
            RowParser parser = new RowParser(layout, issues, derivations, completeness);
            int idColumn = layout.positionOf(Column.POSITION_UUID);
            while (rows.hasNext()) {
                CsvRow row = rows.next();
                if (row.isBlankLine()) {
                    continue;
                }
                counts[0]++;
                if (duplicates.isPresent() && !row.isEmpty(idColumn)) {
                    duplicates.get().offer(row.text(idColumn));
                }
                Optional<Trade> trade = parser.parse(row, asOf);
                trade.ifPresentOrElse(sink, () -> counts[1]++);
                if ((counts[0] & 0xFFFF) == 0) {
                    progress.accept(counts[0]);
                }
            }
            drain(in);
            contentHash = hash.value();
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(file, e);
        } catch (CsvParseException e) {
            throw new InvalidInputException(file + ": not a valid CSV file: " + describe(e));
        }
        progress.accept(counts[0]);
        if (counts[0] == 0) {
            throw new InvalidInputException(file + ": has a header but no data rows; expected at least one trade");
        }
        boolean exact = duplicates.map(d -> confirmDuplicates(file, d, issues)).orElse(true);
        return new ReadSummary(file, size(file), contentHash, counts[0], counts[1],
                issues.rowsWithIssues(), issues.counts(), issues.first(), derivations.snapshot(),
                completeness.ratio(), exact);
    }

    // Second pass, only when the first one found suspects: counts each suspect id and reports repeats.
    private static boolean confirmDuplicates(Path file, DuplicateIdDetector duplicates, IssueCollector issues) {
        Set<String> suspects = duplicates.suspects();
        if (suspects.isEmpty()) {
            return true;
        }
        Map<String, Long> firstLine = new HashMap<>();
        try (CsvReader<CsvRow> csv = csvReader(utf8(new BufferedInputStream(Files.newInputStream(file), 1 << 16)))) {
            Iterator<CsvRow> rows = csv.iterator();
            int idColumn = ColumnLayout.of(file, rows.next().rawFields()).positionOf(Column.POSITION_UUID);
            while (rows.hasNext()) {
                CsvRow row = rows.next();
                if (row.isEmpty(idColumn)) {
                    continue;
                }
                String id = row.text(idColumn);
                if (suspects.contains(id)) {
                    Long first = firstLine.putIfAbsent(id, row.line());
                    if (first != null) {
                        issues.add(new TradeIssue(TradeIssue.Kind.DUPLICATE_POSITION_ID, row.line(),
                                Column.POSITION_UUID.header(), id, "the same Position_UUID is on line " + first));
                    }
                }
            }
        } catch (IOException | UncheckedIOException | CsvParseException e) {
            throw unreadable(file, e);
        }
        return !duplicates.overflowed();
    }

    private static java.util.List<String> header(Path file, Iterator<CsvRow> rows) {
        if (!rows.hasNext()) {
            throw new InvalidInputException(file + ": is empty; expected a CSV header line and trade rows");
        }
        return rows.next().rawFields();
    }

    private static CsvReader<CsvRow> csvReader(Reader reader) {
        return CsvReader.builder()
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .skipEmptyLines(true)
                .allowUnclosedQuote(false)
                .build(new CsvRow.Handler(), reader);
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
