package dev.gantry.heuristics.jobshop;

import dev.gantry.modeling.api.InputFormatException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * A learned dispatching rule: a linear score {@code w · features} (see {@link Features}), higher first.
 *
 * <p>File format (UTF-8 text): a first line {@code gantry-learned-rule 1}, then one line {@code <feature-name> <weight>}
 * per feature in any order (missing features weigh 0); blank lines and lines starting with {@code #} are ignored.
 */
public final class LearnedRule implements ScoringRule {
    public static final String HEADER = "gantry-learned-rule 1";
    /** The shipped default, a classpath resource. */
    public static final String DEFAULT_RESOURCE = "/dev/gantry/heuristics/jobshop/learned-rule.txt";

    private final double[] weights;

    public LearnedRule(double[] weights) {
        if (weights.length != Features.COUNT) {
            throw new IllegalArgumentException("expected " + Features.COUNT + " weights, got " + weights.length);
        }
        for (double w : weights) {
            if (!Double.isFinite(w)) {
                throw new IllegalArgumentException("weights must be finite: " + Arrays.toString(weights));
            }
        }
        this.weights = weights.clone();
    }

    public double[] weights() {
        return weights.clone();
    }

    @Override
    public double score(double[] features) {
        double s = 0;
        for (int i = 0; i < weights.length; i++) {
            s += weights[i] * features[i];
        }
        return s;
    }

    /** The rule shipped in the jar. */
    public static LearnedRule defaultRule() {
        try (InputStream in = LearnedRule.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a rule file; a malformed one is an {@link InputFormatException} naming the file and the line. */
    public static LearnedRule load(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try {
            return read(new java.io.StringReader(text));
        } catch (IOException e) {
            throw new InputFormatException(file.toString(), 0, "", e.getMessage());
        }
    }

    public static LearnedRule read(Reader reader) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        String first = in.readLine();
        if (first == null || !first.strip().equals(HEADER)) {
            throw new IOException("not a learned-rule file: expected first line '" + HEADER + "'");
        }
        double[] w = new double[Features.COUNT];
        boolean[] seen = new boolean[Features.COUNT];
        int lineNo = 1;
        for (String line; (line = in.readLine()) != null; ) {
            lineNo++;
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            int index = Features.NAMES.indexOf(parts[0]);
            if (parts.length != 2 || index < 0 || seen[index]) {
                throw new IOException("line " + lineNo + ": expected '<feature> <weight>' with a known, unrepeated feature; known: "
                        + Features.NAMES);
            }
            try {
                w[index] = Double.parseDouble(parts[1]);
            } catch (NumberFormatException e) {
                throw new IOException("line " + lineNo + ": bad weight '" + parts[1] + "'", e);
            }
            seen[index] = true;
        }
        try {
            return new LearnedRule(w);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    public void write(Writer out) throws IOException {
        out.write(HEADER + "\n");
        for (int i = 0; i < weights.length; i++) {
            // %.17g round-trips a double exactly
            out.write(Features.NAMES.get(i) + " " + String.format(Locale.ROOT, "%.17g", weights[i]) + "\n");
        }
        out.flush();
    }

    public void save(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(w);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LearnedRule other && Arrays.equals(weights, other.weights);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "LearnedRule" + Arrays.toString(weights);
    }
}
