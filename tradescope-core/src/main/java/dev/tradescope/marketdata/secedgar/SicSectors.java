package dev.tradescope.marketdata.secedgar;

import java.util.Optional;

/** Maps an SEC SIC code to the nearest GICS sector name; coarse, by SIC ranges. */
final class SicSectors {

    private SicSectors() {
    }

    static Optional<String> sectorOf(int sic) {
        return Optional.ofNullable(sector(sic));
    }

    private static String sector(int sic) {
        if (sic >= 100 && sic < 1000) {
            return "Consumer Staples";
        }
        if (sic >= 1000 && sic < 1500) {
            return sic >= 1300 && sic < 1400 ? "Energy" : "Materials";
        }
        if (sic >= 1500 && sic < 1800) {
            return "Industrials";
        }
        if (sic >= 2000 && sic < 2200) {
            return "Consumer Staples";
        }
        if (sic >= 2200 && sic < 2400) {
            return "Consumer Discretionary";
        }
        if (sic >= 2700 && sic < 2800) {
            return "Communication Services";
        }
        if (sic >= 2830 && sic <= 2836) {
            return "Health Care";
        }
        if (sic >= 2900 && sic < 3000) {
            return "Energy";
        }
        if (sic >= 2400 && sic < 3400) {
            return "Materials";
        }
        return manufacturingAndServices(sic);
    }

    private static String manufacturingAndServices(int sic) {
        if (sic >= 3570 && sic < 3580 || sic >= 3600 && sic < 3700 && !(sic >= 3630 && sic < 3640)) {
            return "Information Technology";
        }
        if (sic >= 3630 && sic < 3640 || sic >= 3711 && sic <= 3716 || sic >= 3900 && sic < 4000) {
            return "Consumer Discretionary";
        }
        if (sic >= 3841 && sic <= 3851) {
            return "Health Care";
        }
        if (sic >= 3800 && sic < 3900) {
            return "Information Technology";
        }
        if (sic >= 3400 && sic < 3800 || sic >= 4000 && sic < 4800) {
            return "Industrials";
        }
        if (sic >= 4800 && sic < 4900) {
            return "Communication Services";
        }
        if (sic >= 4900 && sic < 5000) {
            return "Utilities";
        }
        return tradeFinanceAndServices(sic);
    }

    private static String tradeFinanceAndServices(int sic) {
        if (sic >= 5120 && sic < 5130 || sic >= 8000 && sic < 8100) {
            return "Health Care";
        }
        if (sic >= 5400 && sic < 5500 || sic == 5912) {
            return "Consumer Staples";
        }
        if (sic >= 5000 && sic < 5200) {
            return "Industrials";
        }
        if (sic >= 5200 && sic < 6000) {
            return "Consumer Discretionary";
        }
        if (sic >= 6500 && sic < 6600 || sic == 6798) {
            return "Real Estate";
        }
        if (sic >= 6000 && sic < 6800) {
            return "Financials";
        }
        if (sic >= 7370 && sic < 7380) {
            return "Information Technology";
        }
        if (sic >= 7800 && sic < 8000) {
            return "Communication Services";
        }
        if (sic >= 7300 && sic < 7400 || sic >= 8700 && sic < 8800) {
            return "Industrials";
        }
        return sic >= 7000 && sic < 7300 ? "Consumer Discretionary" : null;
    }
}
