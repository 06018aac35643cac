package dev.gantry.cli;

import dev.gantry.cli.family.UsageException;
import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.api.ModelValidationException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/**
 * Entry point. User errors print one readable line and exit 2; other failures print one line and exit 1 (set
 * {@code GANTRY_DEBUG=1} for the stack trace). Exit codes: {@link ExitCode}.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the CLI with the given streams and returns the exit code (tests call this in-process). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return execute(new CommandLine(new GantryCommand()), args, out, err);
    }

    /**
     * Runs a command line with the CLI's error contract (one line, exit 2 for user errors, 1 otherwise); for entry
     * points outside {@code gantry}, such as the Spark batch.
     */
    public static int execute(CommandLine cl, String[] args, PrintStream out, PrintStream err) {
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("gantry: " + ex.getMessage() + " (see: " + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help)");
            return ExitCode.BAD_INPUT.code();
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("gantry: " + describe(ex));
            if (System.getenv("GANTRY_DEBUG") != null) {
                ex.printStackTrace(err);
            }
            return isUserError(ex) ? ExitCode.BAD_INPUT.code() : ExitCode.INTERNAL_ERROR.code();
        });
        return cl.execute(args);
    }

    /** Whether a failure is the user's to fix (bad usage or input): exit code 2 rather than 1. */
    public static boolean isUserError(Throwable ex) {
        return ex instanceof InputFormatException || ex instanceof UsageException || ex instanceof IOException
                || ex instanceof ModelValidationException;
    }

    private static String describe(Throwable ex) {
        if (ex instanceof NoSuchFileException e) {
            return e.getFile() + ": no such file";
        }
        if (ex instanceof AccessDeniedException e) {
            return e.getFile() + ": permission denied";
        }
        if (ex instanceof IOException) {
            return "cannot read " + ex.getMessage();
        }
        if (isUserError(ex)) {
            return ex.getMessage();
        }
        return "internal error: " + ex + " (please report it; GANTRY_DEBUG=1 shows the stack trace)";
    }
}
