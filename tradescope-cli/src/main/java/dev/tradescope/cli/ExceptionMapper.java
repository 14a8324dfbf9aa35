package dev.tradescope.cli;

import dev.tradescope.support.InvalidInputException;
import dev.tradescope.support.ResourceLimitException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/** Maps exceptions that escape a command to an exit code and one clear line on stderr. */
final class ExceptionMapper implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        var err = commandLine.getErr();
        int code = exitCodeOf(ex);
        err.println(commandLine.getColorScheme().errorText("tradescope: " + messageOf(ex)));
        if (code == ExitCode.FAILURE && isVerbose(parseResult)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    static int exitCodeOf(Throwable ex) {
        if (ex instanceof InvalidInputException || ex instanceof IllegalArgumentException) {
            return ExitCode.INVALID_INPUT;
        }
        if (ex instanceof ResourceLimitException || ex instanceof OutOfMemoryError) {
            return ExitCode.RESOURCE_LIMIT;
        }
        return ExitCode.FAILURE;
    }

    private static String messageOf(Throwable ex) {
        if (ex instanceof UncheckedIOException io && io.getCause() != null) {
            return "I/O error: " + io.getCause().getMessage();
        }
        String message = ex.getMessage();
        return message == null ? ex.getClass().getSimpleName() : message;
    }

    private static boolean isVerbose(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult sub = parseResult;
        while (sub != null) {
            if (sub.hasMatchedOption("--verbose")) {
                return true;
            }
            sub = sub.subcommand();
        }
        return false;
    }
}
