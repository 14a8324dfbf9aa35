package dev.tradescope.discovery;

import dev.tradescope.discovery.plan.DataPlan;
import dev.tradescope.discovery.plan.ItemOutcome;
import dev.tradescope.marketdata.CompanyProfile;
import dev.tradescope.marketdata.DataKind;
import dev.tradescope.marketdata.EconomicSeries;
import dev.tradescope.marketdata.MarketData;
import dev.tradescope.marketdata.PriceSeries;
import dev.tradescope.support.FailureKind;
import dev.tradescope.support.Result;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Looks up what phase 3 obtained, by data kind and symbol, as the {@link Result} values the context expects. */
final class MarketInputs {
    private final Map<String, ItemOutcome> byKey = new HashMap<>();

    MarketInputs(List<ItemOutcome> outcomes) {
        outcomes.forEach(o -> byKey.put(key(o.resolved().item().request().kind(),
                DataPlan.subjectOf(o.resolved().item().request())), o));
    }

    Result<MarketData<PriceSeries>> history(String symbol) {
        return find(DataKind.PRICE_HISTORY, symbol, PriceSeries.class);
    }

    Result<MarketData<EconomicSeries>> series(String id) {
        return find(DataKind.ECONOMIC_SERIES, id, EconomicSeries.class);
    }

    Result<MarketData<CompanyProfile>> profile(String symbol) {
        return find(DataKind.COMPANY_PROFILE, symbol, CompanyProfile.class);
    }


    @SuppressWarnings("unchecked")
    private <T> Result<MarketData<T>> find(DataKind kind, String subject, Class<T> type) {
        ItemOutcome outcome = byKey.get(key(kind, subject));
        if (outcome == null) {
            return Result.failed(FailureKind.NO_DATA, "plan", kind.id() + " " + subject, "not in the data plan");
        }
        if (outcome.data().isPresent() && type.isInstance(outcome.data().get().value())) {
            return Result.ok((MarketData<T>) outcome.data().get());
        }
        return Result.failed(failureKind(outcome.status()), outcome.resolved().provider().map(Object::toString)
                .orElse("plan"), kind.id() + " " + subject, outcome.reason().orElse(outcome.status().id()));
    }

    private static FailureKind failureKind(ItemOutcome.Status status) {
        switch (status) {
            case TIMED_OUT:
                return FailureKind.TIMED_OUT;
            case UNAVAILABLE:
                return FailureKind.NOT_CONFIGURED;
            default:
                return FailureKind.UNAVAILABLE;
        }
    }

    private static String key(DataKind kind, String subject) {
        return kind.id() + ":" + subject;
    }
}
