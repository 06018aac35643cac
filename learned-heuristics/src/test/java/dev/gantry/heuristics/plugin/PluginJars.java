package dev.gantry.heuristics.plugin;

import dev.gantry.heuristics.smtt.SequencingHeuristic;
import dev.gantry.modeling.jobshop.JobShopHeuristic;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds plug-in JARs in tests as an outside author would: Java sources compiled against the Gantry classes only,
 * then jarred. The sources below are the plug-ins the tests load.
 */
public final class PluginJars {
    /** Every operation after the one before it, job by job: valid, and its makespan is the sum of all durations. */
    public static final String SERIAL = """
            package plug;
            import dev.gantry.modeling.jobshop.*;
            public class Serial implements JobShopHeuristic {
                public String id() { return "serial"; }
                public JobShopSchedule schedule(JobShop shop, long seed) {
                    long[][] starts = new long[shop.jobCount()][];
                    long t = 0;
                    for (int j = 0; j < shop.jobCount(); j++) {
                        starts[j] = new long[shop.jobs().get(j).size()];
                        for (int k = 0; k < starts[j].length; k++) {
                            starts[j][k] = t;
                            t += shop.operation(j, k).duration();
                        }
                    }
                    return JobShopSchedule.fromStarts(shop, starts);
                }
            }
            """;

    /** The jobs in index order. */
    public static final String BY_INDEX = """
            package plug;
            import dev.gantry.heuristics.smtt.SequencingHeuristic;
            import dev.gantry.modeling.smtt.*;
            public class ByIndex implements SequencingHeuristic {
                public String id() { return "by-index"; }
                public JobSequence sequence(SingleMachineTardiness instance) {
                    int[] order = new int[instance.size()];
                    for (int i = 0; i < order.length; i++) { order[i] = i; }
                    return new JobSequence(order);
                }
            }
            """;

    /** Every operation at time 0: machines and job orders overlap, so the verifier rejects the plan. */
    public static final String ALL_AT_ZERO = """
            package plug;
            import dev.gantry.modeling.jobshop.*;
            public class AllAtZero implements JobShopHeuristic {
                public String id() { return "all-at-zero"; }
                public JobShopSchedule schedule(JobShop shop, long seed) {
                    long[][] starts = new long[shop.jobCount()][];
                    for (int j = 0; j < shop.jobCount(); j++) { starts[j] = new long[shop.jobs().get(j).size()]; }
                    return JobShopSchedule.fromStarts(shop, starts);
                }
            }
            """;

    public static final String NOT_A_HEURISTIC = """
            package plug;
            public class NotAHeuristic { }
            """;

    public static final String THROWING_CONSTRUCTOR = """
            package plug;
            import dev.gantry.modeling.jobshop.*;
            public class Throwing implements JobShopHeuristic {
                public Throwing() { throw new IllegalStateException("no model file"); }
                public String id() { return "throwing"; }
                public JobShopSchedule schedule(JobShop shop, long seed) { return null; }
            }
            """;

    private PluginJars() {
    }

    /** A JAR in {@code dir} holding every plug-in above. */
    public static Path all(Path dir) throws IOException {
        return build(dir, Map.of("plug/Serial.java", SERIAL, "plug/ByIndex.java", BY_INDEX, "plug/AllAtZero.java", ALL_AT_ZERO,
                "plug/NotAHeuristic.java", NOT_A_HEURISTIC, "plug/Throwing.java", THROWING_CONSTRUCTOR));
    }

    /** Compiles {@code sources} (path → text) against the Gantry classes and jars the classes as {@code dir/plugin.jar}. */
    public static Path build(Path dir, Map<String, String> sources) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src"));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp", location(JobShopHeuristic.class) + java.io.File.pathSeparator
                + location(SequencingHeuristic.class), "--release", "17"));
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path file = src.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue());
            args.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
        int code = javac.run(null, log, log, args.toArray(String[]::new));
        if (code != 0) {
            throw new IllegalStateException("plug-in sources did not compile: " + log);
        }
        Path jar = dir.resolve("plugin.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
                Stream<Path> walk = Files.walk(classes)) {
            for (Path c : walk.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(c).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(c));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
