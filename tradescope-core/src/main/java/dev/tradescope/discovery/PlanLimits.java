package dev.tradescope.discovery;

import dev.tradescope.config.GlobalLimits;
import dev.tradescope.config.MarketDataSettings;
import dev.tradescope.config.RateLimits;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.resilience.ProviderStats;
import dev.tradescope.support.Formats;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Compares a plan's calls with the limits they will meet and says, before anything is fetched,
 * where the run will wait or be refused: a provider's daily quota left (calls past it are refused
 * as rate limited), its per-minute limit and the global one (calls past a full bucket wait for its
 * refill, one call every 60/n seconds; a wait past the maximum wait is refused), and the run's
 * deadline. The waits are lower bounds: the buckets are assumed full at the start.
 */
final class PlanLimits {

    private PlanLimits() {
    }

    static List<String> warnings(Map<ProviderId, Integer> callsByProvider, List<ProviderStats> providers,
                                 MarketDataSettings settings, Duration deadline) {
        List<String> out = new ArrayList<>();
        GlobalLimits global = settings.limits();
        double longestWait = 0;
        int total = 0;
        for (Map.Entry<ProviderId, Integer> planned : callsByProvider.entrySet()) {
            ProviderId provider = planned.getKey();
            int calls = planned.getValue();
            total += calls;
            OptionalLong left = providers.stream().filter(s -> s.provider() == provider).findFirst()
                    .map(ProviderStats::quotaLeftToday).orElse(OptionalLong.empty());
            if (left.isPresent() && calls > left.getAsLong()) {
                out.add(Formats.format("%s: %d calls planned, %d left of its daily quota: %d would be "
                        + "refused as rate limited", provider.id(), calls, left.getAsLong(), calls - left.getAsLong()));
            }
            RateLimits limits = settings.provider(provider).limits();
            if (limits.perMinute().isPresent() && calls > limits.perMinute().getAsLong()) {
                double wait = waitSeconds(calls, limits.perMinute().getAsLong());
                longestWait = Math.max(longestWait, wait);
                out.add(Formats.format("%s: %d calls planned over its limit of %d per minute: at least "
                        + "%.0f s of waiting", provider.id(), calls, limits.perMinute().getAsLong(), wait));
            }
        }
        if (total > global.callsPerMinute()) {
            double wait = waitSeconds(total, global.callsPerMinute());
            longestWait = Math.max(longestWait, wait);
            out.add(Formats.format("%d calls planned over the global limit of %d per minute "
                    + "(limits.calls-per-minute): at least %.0f s of waiting", total, global.callsPerMinute(), wait));
        }
        if (longestWait > global.maxWait().toSeconds()) {
            out.add(Formats.format("the last calls would wait longer than limits.max-wait (%d s) "
                    + "and be refused as rate limited", global.maxWait().toSeconds()));
        }
        if (longestWait > deadline.toSeconds()) {
            out.add(Formats.format("the waiting passes the run's deadline (%d s, --deadline): items "
                    + "not in by then are marked timed out", deadline.toSeconds()));
        }
        return out;
    }

    // A full bucket of n tokens refilled at n per minute: the k-th call past n waits k·60/n seconds.
    private static double waitSeconds(int calls, long perMinute) {
        return (calls - perMinute) * 60.0 / perMinute;
    }
}
