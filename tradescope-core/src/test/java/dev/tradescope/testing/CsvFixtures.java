package dev.tradescope.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small trade-history files for tests. */
public final class CsvFixtures {
    /** The 27-column header of real exports. */
    public static final String HEADER = "Position_UUID,Ticker,Strategy_Type,Short_Window,Long_Window,Signal_Window,"
            + "Entry_Timestamp,Exit_Timestamp,Avg_Entry_Price,Avg_Exit_Price,Position_Size,Direction,PnL,Return,"
            + "Duration_Days,Trade_Type,Status,Max_Favourable_Excursion,Max_Adverse_Excursion,MFE_MAE_Ratio,"
            + "Exit_Efficiency,Days_Since_Entry,Current_Unrealized_PnL,Current_Excursion_Status,"
            + "Exit_Efficiency_Fixed,Trade_Quality,X_Status";

    private CsvFixtures() {
    }

    /** Returns a closed long trade row with consistent prices, PnL, return and duration. */
    public static String closed(String id, String ticker, String entry, String exit, double entryPrice,
                                double exitPrice, String quality) {
        double pnl = exitPrice - entryPrice;
        long days = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(entry),
                java.time.LocalDate.parse(exit));
        return String.join(",", id, ticker, "SMA", "10", "20", "0", entry + " 00:00:00", exit + " 00:00:00",
                fmt(entryPrice), fmt(exitPrice), "1.0", "Long", fmt(pnl), fmt(pnl / entryPrice), days + ".0", "",
                "Closed", "0.1", "0.05", "2.0", "0.5", "", "", "", "", quality, "1900000000000000001");
    }

    /** Returns an open long trade row. */
    public static String open(String id, String ticker, String entry, double entryPrice, double currentReturn) {
        return String.join(",", id, ticker, "EMA", "5", "21", "0", entry + " 00:00:00", "", fmt(entryPrice), "",
                "1.0", "Long", "", "", "", "", "Open", "0.2", "0.01", "20.0", "", "", fmt(currentReturn), "Favorable",
                "", "Excellent", "1900000000000000002");
    }

    /** Writes the header and rows (LF line ends) to {@code name} in {@code dir}. */
    public static Path write(Path dir, String name, String... rows) {
        return writeRaw(dir, name, HEADER + "\n" + String.join("\n", rows) + "\n");
    }

    /** Writes text as UTF-8 to {@code name} in {@code dir}, creating folders. */
    public static Path writeRaw(Path dir, String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fmt(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(6, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString();
    }
}
