package dev.tradescope.cli.command;

import dev.tradescope.cli.Wiring;
import dev.tradescope.cli.option.ConfigOption;
import dev.tradescope.cli.option.WorkspaceOption;
import dev.tradescope.config.ProviderSettings;
import dev.tradescope.config.RateLimits;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.resilience.ProviderStats;
import dev.tradescope.resilience.ResilientSource;
import dev.tradescope.support.Failure;
import dev.tradescope.support.Formats;
import dev.tradescope.support.Result;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Groups the provider commands: {@code list} and {@code health}. */
@Command(name = "providers", mixinStandardHelpOptions = true, description = "Lists market data providers and probes them.",
        subcommands = {ProvidersCommand.ListCommand.class, ProvidersCommand.Health.class})
public final class ProvidersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** The output formats of the provider commands. */
    enum Format { TEXT, JSON }

    /** Options both provider commands share. */
    static class Common {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOption workspace;
        @Mixin
        ConfigOption config;
        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
        Format format;

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        void print(List<Map<String, Object>> rows, String header, java.util.function.Function<Map<String, Object>, String> line) {
            if (format == Format.JSON) {
                out().println(JsonOut.write(rows));
            } else {
                out().println(header);
                rows.forEach(row -> out().println(line.apply(row)));
            }
            out().flush();
        }
    }

    /** Lists every provider: configured or not, limits, quota left today, the chains it is in. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists every provider: configured or not, its limits and quota left today.")
    static final class ListCommand extends Common implements Callable<Integer> {
        @Override
        public Integer call() {
            try (MarketDataRun run = MarketDataRun.open(workspace, config, false)) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (ProviderId id : ProviderId.values()) {
                    rows.add(row(run.wiring(), id));
                }
                print(rows, Formats.format("%-13s %-16s %-24s %-10s %s", "provider", "status", "limits",
                        "quota", "chains"), r -> Formats.format("%-13s %-16s %-24s %-10s %s",
                        r.get("provider"), r.get("status"), r.get("limits"), r.get("quota_left_today"), r.get("chains")));
                return 0;
            }
        }

        private static Map<String, Object> row(Wiring wiring, ProviderId id) {
            ProviderSettings settings = wiring.config().marketData().provider(id);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("provider", id.id());
            row.put("status", status(wiring, id, settings));
            row.put("limits", limits(settings.limits(), id));
            OptionalLong left = wiring.findResilient(id).map(s -> s.stats().quotaLeftToday()).orElse(OptionalLong.empty());
            row.put("quota_left_today", left.isPresent() ? (Object) left.getAsLong() : "-");
            List<String> chains = new ArrayList<>();
            wiring.config().marketData().chains().forEach((kind, ids) -> {
                if (ids.contains(id)) {
                    chains.add(kind.id());
                }
            });
            row.put("chains", String.join(",", chains));
            return row;
        }

        private static String status(Wiring wiring, ProviderId id, ProviderSettings settings) {
            if (id == ProviderId.LOCAL) {
                return "ready (files)";
            }
            if (!settings.enabled()) {
                return "disabled";
            }
            if (wiring.config().marketData().offline()) {
                return "offline";
            }
            Optional<String> missing = wiring.findResilient(id).flatMap(s -> s.delegate().findMissingSetting());
            return missing.isPresent() ? "not configured" : "configured";
        }

        private static String limits(RateLimits l, ProviderId id) {
            if (id == ProviderId.LOCAL) {
                return "-";
            }
            List<String> parts = new ArrayList<>();
            l.perSecond().ifPresent(n -> parts.add(n + "/s"));
            l.perMinute().ifPresent(n -> parts.add(n + "/min"));
            l.perDay().ifPresent(n -> parts.add(n + "/day"));
            parts.add(l.maxInFlight() + " in flight");
            return String.join(" ", parts);
        }
    }

    /** Sends one cheap probe to each configured provider and reports latency, outcome and breaker state. */
    @Command(name = "health", mixinStandardHelpOptions = true,
            description = "Probes each configured provider once: latency, outcome, breaker state.")
    static final class Health extends Common implements Callable<Integer> {
        @Override
        public Integer call() {
            try (MarketDataRun run = MarketDataRun.open(workspace, config, false)) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (ProviderId id : ProviderId.values()) {
                    run.wiring().findResilient(id).filter(s -> s.delegate().findMissingSetting().isEmpty())
                            .ifPresent(source -> rows.add(probe(source)));
                }
                print(rows, Formats.format("%-13s %-10s %-9s %-9s %s", "provider", "outcome", "latency",
                        "breaker", "detail"), r -> Formats.format("%-13s %-10s %-9s %-9s %s", r.get("provider"),
                        r.get("outcome"), r.get("latency_ms") + " ms", r.get("breaker"), r.get("detail")));
                return 0;
            }
        }

        private static Map<String, Object> probe(ResilientSource source) {
            var request = source.delegate().probeRequest();
            long start = System.nanoTime();
            Result<?> result = source.fetch(request);
            long millis = (System.nanoTime() - start) / 1_000_000;
            ProviderStats stats = source.stats();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("provider", source.provider().id());
            row.put("outcome", result.findFailure().map(f -> f.kind().name().toLowerCase(Locale.ROOT)).orElse("ok"));
            row.put("latency_ms", millis);
            row.put("breaker", stats.breakerState());
            row.put("detail", request.describe() + result.findFailure().map(Failure::message).map(m -> ": " + m).orElse(""));
            return row;
        }
    }
}
