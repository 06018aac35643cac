package dev.gantry.cp.sat;

import com.google.ortools.Loader;

/**
 * Loads OR-Tools' native libraries once per class loader (R24), with a failure that says what was tried. Public for
 * hosts that load them up front, such as a Spark executor before its first run.
 */
public final class NativeLibraries {
    private static volatile boolean loaded;

    private NativeLibraries() {
    }

    public static void ensureLoaded() {
        if (loaded) {
            return;
        }
        synchronized (NativeLibraries.class) {
            if (loaded) {
                return;
            }
            try {
                Loader.loadNativeLibraries();
                loaded = true;
            } catch (RuntimeException | LinkageError e) {
                throw new IllegalStateException("could not load the OR-Tools native libraries for os.name="
                        + System.getProperty("os.name") + " os.arch=" + System.getProperty("os.arch")
                        + " (tried the ortools-<platform> jar on the class path and java.library.path="
                        + System.getProperty("java.library.path") + "). Maybe the ortools-linux-x86-64 jar is missing: " + e, e);
            }
        }
    }
}
