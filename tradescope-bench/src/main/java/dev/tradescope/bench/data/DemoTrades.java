package dev.tradescope.bench.data;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/** Builds the demo export: trades whose prices, returns and excursions come from the generated bars. */
final class DemoTrades {
    static final String HEADER = "Position_UUID,Ticker,Strategy_Type,Short_Window,Long_Window,Signal_Window,"
            + "Entry_Timestamp,Exit_Timestamp,Avg_Entry_Price,Avg_Exit_Price,Position_Size,Direction,PnL,Return,"
            + "Duration_Days,Trade_Type,Status,Max_Favourable_Excursion,Max_Adverse_Excursion,MFE_MAE_Ratio,"
            + "Exit_Efficiency,Days_Since_Entry,Current_Unrealized_PnL,Current_Excursion_Status,"
            + "Exit_Efficiency_Fixed,Trade_Quality,X_Status";
    private static final int CLOSED = 38;
    private static final int OPEN = 8;
    private static final int[] SIZES = {10, 20, 25, 50, 100};
    private static final int[] BREAKEVENS = {5, 21};
    private static final int INCONSISTENT = 13;

    private final List<LocalDate> days;
    private final List<List<PriceWalk.Bar>> bars;
    private final List<String> symbols;
    private final Random random;

    DemoTrades(List<LocalDate> days, List<List<PriceWalk.Bar>> bars, List<String> symbols, long seed) {
        this.days = days;
        this.bars = bars;
        this.symbols = symbols;
        this.random = new Random(seed * 31);
    }

    private record Row(LocalDate entry, String csv) {
    }

    void write(Writer w) throws IOException {
        List<Row> rows = new ArrayList<>();
        int n = days.size();
        int snapshot = days.indexOf(DemoWorkspaceGenerator.SNAPSHOT);
        for (int k = 0; k < CLOSED; k++) {
            int ticker = k < symbols.size() ? k : random.nextInt(symbols.size());
            int entry = 10 + random.nextInt(n - 60);
            int exit = entry + 2 + random.nextInt(38);
            rows.add(closed(k, ticker, entry, exit));
        }
        for (int k = 0; k < OPEN; k++) {
            int ticker = (k * 2 + 1) % symbols.size();
            int entry = n - 45 + random.nextInt(40);
            rows.add(open(ticker, Math.min(entry, snapshot - 1), snapshot));
        }
        rows.sort(Comparator.comparing(Row::entry));
        w.write(HEADER + "\n");
        for (Row row : rows) {
            w.write(row.csv + "\n");
        }
    }

    private Row closed(int k, int ticker, int entry, int exit) {
        String strategy = random.nextInt(10) < 6 ? "SMA" : "EMA";
        int shortWindow = 5 + random.nextInt(30);
        int longWindow = shortWindow + 5 + random.nextInt(50);
        double entryPrice = bar(ticker, entry).close();
        boolean breakeven = contains(BREAKEVENS, k);
        double exitPrice = breakeven ? entryPrice : bar(ticker, exit).close();
        int size = SIZES[random.nextInt(SIZES.length)];
        double pnl = round((exitPrice - entryPrice) * size, 2);
        double ret = round(exitPrice / entryPrice - 1, 6);
        double[] excursion = excursions(ticker, entry, exit, entryPrice);
        double efficiency = excursion[0] > 0 ? round(ret / excursion[0], 4) : 0;
        String quality = quality(ret, excursion[0]);
        double written = k == INCONSISTENT ? round(pnl + 7.5, 2) : pnl;
        String csv = String.join(",", uuid(ticker, strategy, shortWindow, longWindow, entry), symbols.get(ticker),
                strategy, str(shortWindow), str(longWindow), "0", ts(entry), ts(exit), num(entryPrice), num(exitPrice),
                num(size), "Long", num(written), num(ret), num(DemoWorkspaceGenerator.days(days.get(entry),
                days.get(exit))), "Long", "Closed", num(excursion[0]), num(excursion[1]), ratio(excursion),
                num(efficiency), num(DemoWorkspaceGenerator.days(days.get(entry), days.get(exit))), num(ret),
                ret >= 0 ? "Favorable" : "Adverse", num(efficiency), quote(quality), xStatus());
        return new Row(days.get(entry), csv);
    }

    private Row open(int ticker, int entry, int snapshot) {
        String strategy = random.nextInt(10) < 6 ? "SMA" : "EMA";
        int shortWindow = 5 + random.nextInt(30);
        int longWindow = shortWindow + 5 + random.nextInt(50);
        double entryPrice = bar(ticker, entry).close();
        double current = round(bar(ticker, snapshot).close() / entryPrice - 1, 6);
        double[] excursion = excursions(ticker, entry, snapshot, entryPrice);
        String csv = String.join(",", uuid(ticker, strategy, shortWindow, longWindow, entry), symbols.get(ticker),
                strategy, str(shortWindow), str(longWindow), "0", ts(entry), "", num(entryPrice), "", num(SIZES[2]),
                "Long", "", "", "", "", "Open", num(excursion[0]), num(excursion[1]), ratio(excursion), "",
                num(DemoWorkspaceGenerator.days(days.get(entry), days.get(snapshot))), num(current),
                current >= 0 ? "Favorable" : "Adverse", "", quote(quality(current, excursion[0])), xStatus());
        return new Row(days.get(entry), csv);
    }

    private double[] excursions(int ticker, int entry, int exit, double entryPrice) {
        double high = entryPrice;
        double low = entryPrice;
        for (int i = entry + 1; i <= exit; i++) {
            high = Math.max(high, bar(ticker, i).high());
            low = Math.min(low, bar(ticker, i).low());
        }
        return new double[] {round(high / entryPrice - 1, 6), round(1 - low / entryPrice, 6)};
    }

    private static String ratio(double[] excursion) {
        return excursion[1] == 0 ? "inf" : num(round(excursion[0] / excursion[1], 6));
    }

    private static String quality(double ret, double mfe) {
        if (ret > 0.08 && mfe > 0 && ret / mfe > 0.5) {
            return "Excellent";
        }
        if (ret > 0.02) {
            return "Good";
        }
        if (ret < -0.05 && mfe > 0.03) {
            return "Failed to Capture Upside";
        }
        if (ret < -0.05) {
            return "Poor Setup - High Risk, Low Reward";
        }
        return "Poor";
    }

    private PriceWalk.Bar bar(int ticker, int day) {
        return bars.get(ticker).get(day);
    }

    private String uuid(int ticker, String strategy, int shortWindow, int longWindow, int entry) {
        return symbols.get(ticker) + "_" + strategy + "_" + shortWindow + "_" + longWindow + "_" + days.get(entry);
    }

    private String ts(int day) {
        return days.get(day) + " 00:00:00";
    }

    private String xStatus() {
        return Long.toString(1_900_000_000_000_000_000L + (random.nextLong() & 0x00FF_FFFF_FFFF_FFFFL));
    }

    private static boolean contains(int[] values, int k) {
        for (int v : values) {
            if (v == k) {
                return true;
            }
        }
        return false;
    }

    private static String quote(String text) {
        return text.contains(",") ? "\"" + text + "\"" : text;
    }

    private static String str(int value) {
        return Integer.toString(value);
    }

    private static String num(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
                + (value == Math.rint(value) && Math.abs(value) < 1e15 ? ".0" : "");
    }

    private static double round(double value, int places) {
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }

}
