package dev.gantry.instances.knapsack;

import dev.gantry.instances.io.LineReader;
import dev.gantry.instances.io.LineReader.Line;
import dev.gantry.instances.io.SourceFiles;
import dev.gantry.modeling.api.InputFormatException;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The optimum stored for a knapsack instance: the single number in the file of the same name in the sibling folder
 * {@code <folder>-optimum/} (spec metaheuristics §3.2).
 *
 * @param instance the instance name (the optimum file's name)
 * @param value    the optimal profit as stored, which may be rounded
 */
public record KnapsackOptimum(String instance, double value) {
    /**
     * How far a profit may lie from the stored value and still match it. The source rounds fractional optima to four
     * decimals: f5 stores 481.0694 where the exact optimum is 481.069368, 3.2e-5 away. Half a unit in the fourth
     * decimal (5e-5) would just cover that; 1e-4 also absorbs the rounding of summing fractional profits in another
     * order, and it is far below 1, so on integer data (every other staged file) it can never let a wrong integer
     * profit match.
     */
    public static final double TOLERANCE = 1e-4;

    public static KnapsackOptimum read(Path file) throws IOException {
        return parse(file.toString(), SourceFiles.readUtf8(file));
    }

    /** Parses {@code text}: exactly one non-negative number. */
    public static KnapsackOptimum parse(String source, String text) {
        LineReader reader = new LineReader(source, text);
        Line line = reader.nextLine().orElseThrow(() -> new InputFormatException(source, 0, "optimum",
                "the file is empty; expected one number, the optimal profit"));
        if (line.size() != 1) {
            throw line.error("optimum", "expected one number, found " + line.size() + " tokens");
        }
        double value = line.nonNegativeNumber(0, "optimum");
        reader.nextLine().ifPresent(extra -> {
            throw extra.error("end of file", "unexpected data after the optimum");
        });
        return new KnapsackOptimum(SourceFiles.baseName(source), value);
    }

    /** {@code <folder>-optimum/<name>} for an instance file {@code <folder>/<name>}. */
    public static Path fileFor(Path instanceFile) {
        Path folder = instanceFile.toAbsolutePath().getParent();
        return folder.resolveSibling(folder.getFileName() + "-optimum").resolve(instanceFile.getFileName());
    }

    /** Whether {@code profit} equals the stored optimum within {@link #TOLERANCE}. */
    public boolean matches(double profit) {
        return Math.abs(profit - value) <= TOLERANCE;
    }
}
