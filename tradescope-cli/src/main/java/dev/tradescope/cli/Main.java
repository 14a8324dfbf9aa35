package dev.tradescope.cli;

import dev.tradescope.cli.command.CacheCommand;
import dev.tradescope.cli.command.ConfigCommand;
import dev.tradescope.cli.command.DiscoverCommand;
import dev.tradescope.cli.command.MarketCommand;
import dev.tradescope.cli.command.ProvidersCommand;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import picocli.CommandLine;

/** Starts the command line tool. */
public final class Main {

    // The commands, in the order help lists them.
    private static final List<String> COMMANDS = List.of("discover", "cache", "config", "providers", "market");

    private Main() {
    }

    // A switch rather than a map of constructor references: each reference would be linked through a
    // method handle at start-up, which costs a short run more than the command it builds.
    private static Object command(String name) {
        return switch (name) {
            case "discover" -> new DiscoverCommand().model();
            case "cache" -> new CacheCommand();
            case "config" -> new ConfigCommand();
            case "providers" -> new ProvidersCommand();
            case "market" -> new MarketCommand();
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

    /** Runs tradescope with the given arguments and exits with its exit code. */
    public static void main(String[] args) {
        Warmup.startFor(args);
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    // Start-up work of picocli and Lettuce that tradescope does not need, turned off by their system properties.
    static void configureLibraries() {
        // Picocli's default factory would otherwise look for Groovy's Closure class, searching every jar of
        // the class path for a class that is not there: a third of its start-up.
        System.setProperty("picocli.disable.closures", "true");
        // Picocli registers a converter for every java.sql and java.time type by reflection (loading each class),
        // matching each name against this pattern, which it compiles again every time: the shorter the
        // pattern, the cheaper. The options here take java.time only as LocalDate, whose converter is the
        // project's own (see commandLine), and Duration, which has its own too.
        System.setProperty("picocli.converters.excludes", "java\\.(sql|time)\\..*");
        // Lettuce (the Redis client) records its events for Flight Recorder unless told not to, which loads
        // and registers the recorder's event classes when it connects. Set the property to true to have them.
        if (System.getProperty("io.lettuce.core.jfr") == null) {
            System.setProperty("io.lettuce.core.jfr", "false");
        }
    }

    // An option's date, YYYY-MM-DD.
    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a date YYYY-MM-DD ("
                    + e.getMessage() + ")");
        }
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
        configureLibraries();
        CommandLine cli = new CommandLine(new TradescopeCommand().model());
        String named = arguments.length > 0 ? arguments[0] : "";
        if (COMMANDS.contains(named)) {
            cli.addSubcommand(named, command(named));
        } else {
            for (String name : COMMANDS) {
                cli.addSubcommand(name, command(name));
            }
        }
        cli.registerConverter(LocalDate.class, Main::date); // after the subcommands: it reaches those added
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
