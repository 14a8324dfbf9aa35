package dev.tradescope.bench.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes a synthetic trade-history export in the real 27-column layout: seeded, consistent
 * (PnL = (exit − entry) × size, Return and Duration_Days match the dates), about 1 in 5 000 rows
 * open (bounded at 5 000 open positions), tickers from a pool of 500 symbols.
 *
 * <p>Run: {@code java -cp tradescope-bench.jar dev.tradescope.bench.data.TradeExportGenerator ROWS FILE [SEED]}.
 */
public final class TradeExportGenerator {
    private static final int TICKERS = 500;
    private static final int MAX_OPEN = 5_000;
    private static final LocalDate FIRST = LocalDate.of(2015, 1, 2);
    private static final LocalDate AS_OF = LocalDate.of(2025, 7, 31);
    private static final String[] QUALITIES = {"Excellent", "Good", "Poor", "Failed to Capture Upside",
        "\"Poor Setup - High Risk, Low Reward\""};

    private TradeExportGenerator() {
    }

    /** Writes {@code ROWS} rows to {@code FILE}. */
    public static void main(String[] args) throws IOException {
        long rows = Long.parseLong(args[0].replace("_", ""));
        Path file = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                StandardCharsets.UTF_8), 1 << 20)) {
            w.write(DemoTrades.HEADER);
            w.write('\n');
            write(w, rows, new SplittableRandom(seed));
        }
    }

    private static void write(BufferedWriter w, long rows, SplittableRandom random) throws IOException {
        String[] tickers = tickers();
        int span = (int) java.time.temporal.ChronoUnit.DAYS.between(FIRST, AS_OF);
        int open = 0;
        StringBuilder line = new StringBuilder(512);
        for (long i = 0; i < rows; i++) {
            line.setLength(0);
            String ticker = tickers[random.nextInt(TICKERS)];
            boolean isOpen = open < MAX_OPEN && random.nextInt(5_000) == 0;
            int entryDay = isOpen ? span - 1 - random.nextInt(60) : random.nextInt(span - 100);
            int hold = 1 + random.nextInt(90);
            if (isOpen) {
                open++;
                openRow(line, i, ticker, FIRST.plusDays(entryDay), random, span - entryDay);
            } else {
                closedRow(line, i, ticker, FIRST.plusDays(entryDay), hold, random);
            }
            w.append(line);
        }
    }

    private static void closedRow(StringBuilder b, long i, String ticker, LocalDate entry, int hold,
                                  SplittableRandom random) {
        double entryPrice = 10 + random.nextDouble() * 490;
        double ret = random.nextGaussian() * 0.08;
        double exitPrice = entryPrice * (1 + ret);
        int size = 1 + random.nextInt(100);
        double pnl = (exitPrice - entryPrice) * size;
        double mfe = Math.max(ret, 0) + random.nextDouble() * 0.05;
        double mae = Math.max(-ret, 0) + random.nextDouble() * 0.05;
        String strategy = random.nextInt(3) == 0 ? "EMA" : "SMA";
        b.append(ticker).append('_').append(strategy).append('_').append(i).append('_').append(entry).append(',')
                .append(ticker).append(',').append(strategy).append(',').append(5 + random.nextInt(40)).append(',')
                .append(50 + random.nextInt(50)).append(",0,").append(entry).append(" 00:00:00,")
                .append(entry.plusDays(hold)).append(" 00:00:00,").append(fmt(entryPrice)).append(',')
                .append(fmt(exitPrice)).append(',').append(size).append(".0,Long,").append(fmt(pnl)).append(',')
                .append(fmt(ret)).append(',').append(hold).append(".0,Long,Closed,").append(fmt(mfe)).append(',')
                .append(fmt(mae)).append(',').append(fmt(mfe / mae)).append(',').append(fmt(ret / mfe)).append(',')
                .append(hold).append(".0,").append(fmt(ret)).append(',').append(ret >= 0 ? "Favorable" : "Adverse")
                .append(',').append(fmt(ret / mfe)).append(',').append(QUALITIES[random.nextInt(QUALITIES.length)])
                .append(',').append(1_900_000_000_000_000_000L + i).append('\n');
    }

    private static void openRow(StringBuilder b, long i, String ticker, LocalDate entry, SplittableRandom random,
                                int days) {
        double entryPrice = 10 + random.nextDouble() * 490;
        double current = random.nextGaussian() * 0.06;
        double mfe = Math.max(current, 0) + random.nextDouble() * 0.04;
        double mae = Math.max(-current, 0) + random.nextDouble() * 0.04;
        b.append(ticker).append("_SMA_").append(i).append('_').append(entry).append(',').append(ticker)
                .append(",SMA,10,60,0,").append(entry).append(" 00:00:00,,").append(fmt(entryPrice))
                .append(",,10.0,Long,,,,,Open,").append(fmt(mfe)).append(',').append(fmt(mae)).append(',')
                .append(fmt(mfe / mae)).append(",,").append(days).append(".0,").append(fmt(current)).append(',')
                .append(current >= 0 ? "Favorable" : "Adverse").append(",,Excellent,")
                .append(1_900_000_000_000_000_000L + i).append('\n');
    }

    private static String[] tickers() {
        String[] out = new String[TICKERS];
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < TICKERS; i++) {
            StringBuilder s = new StringBuilder();
            int length = 2 + random.nextInt(3);
            for (int c = 0; c < length; c++) {
                s.append((char) ('A' + random.nextInt(26)));
            }
            out[i] = s.toString() + (i < 26 ? "" : (char) ('A' + i % 26));
        }
        return out;
    }

    // Formats with six decimals, like the real exports, without String.format's cost.
    private static String fmt(double value) {
        long micros = Math.round(Math.abs(value) * 1_000_000);
        String frac = Long.toString(1_000_000 + micros % 1_000_000).substring(1);
        return (value < 0 && micros != 0 ? "-" : "") + micros / 1_000_000 + "." + frac;
    }
}
