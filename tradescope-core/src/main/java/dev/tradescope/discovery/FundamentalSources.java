package dev.tradescope.discovery;

import dev.tradescope.marketdata.CompanyProfile;
import dev.tradescope.marketdata.MarketData;
import dev.tradescope.research.LocalDataIntegration;
import dev.tradescope.research.NotePresence;
import dev.tradescope.support.Result;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Decides per traded ticker where its fundamentals come from (phase 3): the local note first, else the profile. */
final class FundamentalSources {

    private FundamentalSources() {
    }

    static SortedMap<String, TickerFundamentals> of(PortfolioPass pass, MarketInputs inputs) {
        LocalDataIntegration local = pass.research().localDataIntegration();
        Map<String, NotePresence> notes = local.fundamentalAnalysisCoverage();
        SortedMap<String, TickerFundamentals> out = new TreeMap<>();
        for (String ticker : pass.statistics().tickers().keySet()) {
            NotePresence note = notes.get(ticker);
            out.put(ticker, note != null ? fromNote(ticker, note) : fromProfile(ticker, inputs.profile(ticker)));
        }
        return out;
    }

    private static TickerFundamentals fromNote(String ticker, NotePresence note) {
        return new TickerFundamentals(ticker, TickerFundamentals.LOCAL_NOTE, Optional.of(note.filePath()),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static TickerFundamentals fromProfile(String ticker, Result<MarketData<CompanyProfile>> profile) {
        if (profile.isOk()) {
            MarketData<CompanyProfile> data = profile.getValue();
            return new TickerFundamentals(ticker, TickerFundamentals.PROVIDER_PROFILE, Optional.empty(),
                    Optional.of(data.provenance().provider()), Optional.of(data.value()), Optional.empty());
        }
        return new TickerFundamentals(ticker, TickerFundamentals.NONE, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("no local note; profile: " + profile.findFailure().orElseThrow().message()));
    }
}
