package dev.gantry.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the CLI in-process and captures exit code, stdout and stderr. */
record CliRun(int exit, String out, String err) {
    static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        PrintStream capturedErr = new PrintStream(err, true, StandardCharsets.UTF_8);
        System.setErr(capturedErr); // commands log progress to System.err
        try {
            int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), capturedErr);
            return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(originalErr);
        }
    }

    /** The last line of stdout (where --json prints its object). */
    String lastOutLine() {
        String[] lines = out.strip().split("\n");
        return lines[lines.length - 1];
    }
}
