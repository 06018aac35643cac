package dev.gantry.cli.smtt;

import dev.gantry.cli.bench.SmttBench;
import java.io.PrintWriter;
import java.nio.file.Path;

/** The tardiness engines beyond the constructive rules, as the CLI and the bench run them. */
public final class SmttEngines {
    private SmttEngines() {
    }

    /** The bench with every engine Gantry has for the problem. */
    public static SmttBench bench(Path data, PrintWriter out) {
        return new SmttBench(data, out);
    }
}
