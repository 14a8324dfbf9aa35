package dev.tradescope.cli;

import dev.tradescope.cli.command.CacheCommand;
import dev.tradescope.cli.command.ConfigCommand;
import dev.tradescope.cli.command.DiscoverCommand;
import dev.tradescope.cli.command.MarketCommand;
import dev.tradescope.cli.command.ProvidersCommand;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/** Starts the command line tool. */
public final class Main {

    // The commands, in the order help lists them.
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private Main() {
    }

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("discover", DiscoverCommand::new);
        commands.put("cache", CacheCommand::new);
        commands.put("config", ConfigCommand::new);
        commands.put("providers", ProvidersCommand::new);
        commands.put("market", MarketCommand::new);
        return commands;
    }

    /** Runs tradescope with the given arguments and exits with its exit code. */
    public static void main(String[] args) {
        Warmup.startFor(args);
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs tradescope, printing to the given writers, and returns the exit code; tests call this. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return commandLine(out, err, args).execute(args);
    }

    /** Builds the configured command line with every command, as help and completion see it. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, new String[0]);
    }

    // Builds the command line for these arguments. Picocli reads the annotations of every command it
    // is given; a run that names its command is given only that one, which saves it a start-up cost.
    private static CommandLine commandLine(PrintWriter out, PrintWriter err, String[] arguments) {
        CommandLine cli = new CommandLine(new TradescopeCommand());
        String named = arguments.length > 0 ? arguments[0] : "";
        if (COMMANDS.containsKey(named)) {
            cli.addSubcommand(named, COMMANDS.get(named).get());
        } else {
            COMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new ExceptionMapper());
        cli.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("tradescope: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, ex.getCommandLine().getErr());
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for more information.");
            return ExitCode.INVALID_INPUT;
        });
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }
}
