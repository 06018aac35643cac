package dev.gantry.instances.smtt;

import dev.gantry.instances.io.LineReader;
import dev.gantry.instances.io.SourceFiles;
import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.smtt.SingleMachineTardiness;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Reads OR-Library weighted tardiness files (spec §1.2): {@code wtN.txt} holds instances of N jobs as whitespace-
 * separated integers, per instance N processing times, N weights, N due dates; {@code wtoptN.txt} beside it holds
 * one optimum (or best known) per instance. Instance i (0-based) is named {@code wtN#i+1}, 1-based as OR-Library
 * numbers them.
 */
public final class OrLibTardinessReader {
    /** The values OR-Library does not list as proven (1-based): wt40 19; wt50 11, 12, 14, 19, 36, 44, 66, 87, 88, 111. */
    private static final List<String> UNPROVEN = List.of("wt40#19", "wt50#11", "wt50#12", "wt50#14", "wt50#19", "wt50#36", "wt50#44",
            "wt50#66", "wt50#87", "wt50#88", "wt50#111");

    private OrLibTardinessReader() {
    }

    /** The instances of {@code wtN.txt}, with the optima of {@code wtoptN.txt} when that file is beside it. */
    public static List<SmttCase> read(Path file) throws IOException {
        String base = file.getFileName().toString().replaceFirst("\\.txt$", "");
        if (!base.matches("wt\\d+")) {
            throw new InputFormatException(file.toString(), 0, "", "expected a file named wtN.txt, N the number of jobs");
        }
        int n = Integer.parseInt(base.substring(2));
        List<Long> values = tokens(file);
        if (values.size() % (3 * n) != 0) {
            throw new InputFormatException(file.toString(), 0, "", values.size() + " numbers, not a multiple of 3·" + n
                    + " (processing times, weights, due dates per instance)");
        }
        int count = values.size() / (3 * n);
        Path optimaFile = file.resolveSibling("wtopt" + n + ".txt");
        List<Long> optima = java.nio.file.Files.isRegularFile(optimaFile) ? tokens(optimaFile) : List.of();
        if (!optima.isEmpty() && optima.size() != count) {
            throw new InputFormatException(optimaFile.toString(), 0, "", optima.size() + " values for " + count + " instances");
        }
        List<SmttCase> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int[] p = new int[n];
            int[] w = new int[n];
            int[] d = new int[n];
            for (int j = 0; j < n; j++) {
                p[j] = Math.toIntExact(values.get(3 * n * i + j));
                w[j] = Math.toIntExact(values.get(3 * n * i + n + j));
                d[j] = Math.toIntExact(values.get(3 * n * i + 2 * n + j));
                if (p[j] < 1 || w[j] < 1) {
                    throw new InputFormatException(file.toString(), 0, "instance " + (i + 1) + ", job " + j,
                            "processing time " + p[j] + " and weight " + w[j] + "; both must be at least 1");
                }
            }
            cases.add(new SmttCase(new SingleMachineTardiness(base + "#" + (i + 1), p, w, d),
                    optima.isEmpty() ? OptionalLong.empty() : OptionalLong.of(optima.get(i)), Double.NaN, Double.NaN));
        }
        return cases;
    }

    /** Whether OR-Library lists the instance's value as proven optimal (false for the 11 best-known values). */
    public static boolean provenBySource(String instanceName) {
        return !UNPROVEN.contains(instanceName);
    }

    private static List<Long> tokens(Path file) throws IOException {
        LineReader reader = new LineReader(file.toString(), SourceFiles.readUtf8(file));
        List<Long> values = new ArrayList<>();
        for (var line = reader.nextLine(); line.isPresent(); line = reader.nextLine()) {
            for (int t = 0; t < line.get().tokens().size(); t++) {
                String token = line.get().tokens().get(t);
                try {
                    values.add(Long.parseLong(token));
                } catch (NumberFormatException e) {
                    throw new InputFormatException(file.toString(), line.get().number(), "token " + (t + 1), "'" + token + "' is not an integer");
                }
            }
        }
        return values;
    }
}
