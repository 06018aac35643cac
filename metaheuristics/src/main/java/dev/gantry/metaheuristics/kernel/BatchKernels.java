package dev.gantry.metaheuristics.kernel;

import java.lang.System.Logger.Level;
import java.lang.management.ManagementFactory;
import java.util.Optional;

/**
 * Chooses the {@link BatchKernel} for this JVM (spec metaheuristics §4, after Lucene's {@code
 * VectorizationProvider}). {@link #best()} returns the Vector API kernel when
 * <ol>
 *   <li>the system property {@value #PROPERTY} is not {@code scalar},</li>
 *   <li>{@code jdk.incubator.vector} is in the boot layer (the JVM was started with {@code --add-modules
 *       jdk.incubator.vector}), and</li>
 *   <li>C2 is the JIT (not {@code -Xint}, not C1 only via {@code -XX:TieredStopAtLevel} below 4, not a JVMCI
 *       compiler): elsewhere the Vector API runs as slow Java fallbacks;</li>
 * </ol>
 * and the scalar twin otherwise, with one log line ({@link System.Logger}, INFO) naming what is missing. The SIMD
 * class is loaded by name only after these checks, so no class that references the incubator module is loaded
 * on a JVM without it. The choice is made once per class loader.
 */
public final class BatchKernels {
    /** System property: {@code scalar} forces the scalar twin (A/B runs); {@code auto} or unset chooses. */
    public static final String PROPERTY = "gantry.kernel";

    static final String VECTOR_MODULE = "jdk.incubator.vector";
    private static final String SIMD_CLASS = "dev.gantry.metaheuristics.kernel.SimdBatchKernel";
    private static final System.Logger LOG = System.getLogger(BatchKernels.class.getName());

    private BatchKernels() {
    }

    /** The fastest kernel this JVM supports; the same instance on every call. */
    public static BatchKernel best() {
        return Best.KERNEL;
    }

    /** The scalar twin, always available. */
    public static BatchKernel scalar() {
        return ScalarBatchKernel.INSTANCE;
    }

    private static final class Best {
        static final BatchKernel KERNEL = choose(System.getProperty(PROPERTY));
    }

    /** The selection itself, uncached; {@code property} is the value of {@value #PROPERTY} (may be null). */
    static BatchKernel choose(String property) {
        String mode = property == null ? "auto" : property.trim().toLowerCase(java.util.Locale.ROOT);
        if (mode.equals("scalar")) {
            LOG.log(Level.INFO, "Gantry kernel: scalar (forced by -D" + PROPERTY + "=scalar)");
            return scalar();
        }
        if (!mode.equals("auto") && !mode.isEmpty() && !mode.equals("simd")) {
            LOG.log(Level.WARNING, "Gantry kernel: ignoring unknown -D" + PROPERTY + "=" + property + " (use scalar or auto)");
        }
        Optional<String> missing = missingRequirement();
        if (missing.isPresent()) {
            LOG.log(Level.INFO, "Gantry kernel: scalar; the Vector API kernel needs " + missing.get());
            return scalar();
        }
        try {
            return (BatchKernel) Class.forName(SIMD_CLASS).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            LOG.log(Level.INFO, "Gantry kernel: scalar; the Vector API kernel failed to load: " + cause);
            return scalar();
        }
    }

    /** What keeps the SIMD kernel from running well here, phrased as the missing flag or JIT; empty if nothing. */
    static Optional<String> missingRequirement() {
        if (ModuleLayer.boot().findModule(VECTOR_MODULE).isEmpty()) {
            return Optional.of("the JVM flag --add-modules " + VECTOR_MODULE + " (module not in the boot layer)");
        }
        return missingC2();
    }

    private static Optional<String> missingC2() {
        String info = System.getProperty("java.vm.info", "");
        if (info.contains("interpreted mode")) {
            return Optional.of("the C2 JIT, but the JVM runs interpreted (-Xint)");
        }
        if (info.contains("emulated-client")) {
            return Optional.of("the C2 JIT, but the JVM emulates a client VM (-XX:TieredStopAtLevel=1 or similar)");
        }
        String vm = System.getProperty("java.vm.name", "");
        if (!vm.contains("Server VM")) {
            return Optional.of("the C2 JIT of a HotSpot Server VM, but this VM is " + vm);
        }
        try {
            if (ManagementFactory.getCompilationMXBean() == null) {
                return Optional.of("the C2 JIT, but this JVM has no JIT compiler");
            }
            var hotspot = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            if (hotspot != null) {
                if (flag(hotspot, "UseCompiler").filter("false"::equals).isPresent()) {
                    return Optional.of("the C2 JIT, but compilation is off (-XX:-UseCompiler or -Xint)");
                }
                if (flag(hotspot, "TieredCompilation").filter("true"::equals).isPresent()) {
                    Optional<String> stop = flag(hotspot, "TieredStopAtLevel");
                    if (stop.isPresent() && Integer.parseInt(stop.get()) < 4) {
                        return Optional.of("the C2 JIT, but -XX:TieredStopAtLevel=" + stop.get() + " stops at C1");
                    }
                }
                if (flag(hotspot, "UseJVMCICompiler").filter("true"::equals).isPresent()) {
                    return Optional.of("the C2 JIT, but a JVMCI compiler is in use (-XX:+UseJVMCICompiler)");
                }
            }
        } catch (LinkageError | RuntimeException e) {
            // java.management or jdk.management absent (jlinked runtime): trust the Server VM name above
        }
        return Optional.empty();
    }

    private static Optional<String> flag(com.sun.management.HotSpotDiagnosticMXBean hotspot, String name) {
        try {
            return Optional.of(hotspot.getVMOption(name).getValue());
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // no such flag in this JVM build
        }
    }
}
