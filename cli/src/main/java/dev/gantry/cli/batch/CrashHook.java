package dev.gantry.cli.batch;

import java.nio.file.Path;

/**
 * TEST-ONLY: makes {@code gantry solve} kill its own JVM, so the tests can show that {@code batch --isolate} survives a
 * crashing run. With the system property {@code gantry.test.crashOn=NAME}, a solve of an instance whose file name is
 * NAME halts the JVM at once with exit code 134 (what an abort looks like), skipping shutdown hooks like a native
 * crash would. The batch parent passes the property on to its children. Not for users.
 */
public final class CrashHook {
    public static final String PROPERTY = "gantry.test.crashOn";
    public static final int EXIT_CODE = 134;

    private CrashHook() {
    }

    public static void crashIfAsked(String instance) {
        String target = System.getProperty(PROPERTY);
        if (target != null && !target.isEmpty() && fileName(instance).equals(target)) {
            Runtime.getRuntime().halt(EXIT_CODE);
        }
    }

    private static String fileName(String instance) {
        Path name = Path.of(instance.replaceFirst("#[^#/]*$", "")).getFileName();
        return name == null ? instance : name.toString();
    }
}
