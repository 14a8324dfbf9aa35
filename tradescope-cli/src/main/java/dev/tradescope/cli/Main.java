package dev.tradescope.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Starts the command line tool. */
public final class Main {

    private Main() {
    }

    /** Runs tradescope with the given arguments and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs tradescope, printing to the given writers, and returns the exit code; tests call this. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return commandLine(out, err).execute(args);
    }

    /** Builds the configured command line that {@link #main} and the tests share. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new TradescopeCommand());
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
