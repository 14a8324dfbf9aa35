package dev.tradescope.cli.command;

import dev.tradescope.cache.CacheInventory;
import dev.tradescope.cache.CacheMaintenance;
import dev.tradescope.support.Formats;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prints what the cache holds: entries and bytes per provider and TTL class, freshness, quarantine. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Shows entries and bytes per provider and TTL class, fresh/expired/corrupt counts, "
                + "oldest and newest entry, and the quarantine size.")
public final class CacheStatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CacheLocation location;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: text).")
    OutputFormat format = OutputFormat.TEXT;

    /** Prints the inventory and returns 0. */
    @Override
    public Integer call() {
        CacheInventory inventory = new CacheMaintenance(location.root(), Clock.systemUTC()).stats();
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == OutputFormat.JSON ? CacheJson.write(inventory) + System.lineSeparator() : text(inventory));
        out.flush();
        return 0;
    }

    private static String text(CacheInventory inventory) {
        StringBuilder text = new StringBuilder();
        text.append("cache ").append(inventory.root()).append('\n');
        text.append(Formats.format("%-14s %-16s %10s %14s%n", "provider", "ttl class", "entries", "bytes"));
        for (CacheInventory.Row row : inventory.rows()) {
            text.append(Formats.format("%-14s %-16s %10d %14d%n", row.provider(), row.ttlClass(),
                    row.entries(), row.bytes()));
        }
        text.append(Formats.format("%-31s %10d %14d%n", "total", inventory.entries(), inventory.bytes()));
        text.append(Formats.format("fresh %d, expired %d, corrupt %d (%d bytes)%n", inventory.fresh(),
                inventory.expired(), inventory.corrupt(), inventory.corruptBytes()));
        text.append("oldest ").append(inventory.oldest().map(Object::toString).orElse("-"))
                .append(", newest ").append(inventory.newest().map(Object::toString).orElse("-")).append('\n');
        text.append(Formats.format("quarantine %d files (%d bytes), leftover temp files %d%n",
                inventory.quarantineFiles(), inventory.quarantineBytes(), inventory.tempFiles()));
        return text.toString();
    }
}
