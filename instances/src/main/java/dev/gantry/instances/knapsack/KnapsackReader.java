package dev.gantry.instances.knapsack;

import dev.gantry.instances.io.LineReader;
import dev.gantry.instances.io.LineReader.Line;
import dev.gantry.instances.io.SourceFiles;
import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.knapsack.Knapsack;
import dev.gantry.modeling.knapsack.Selection;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads the Pisinger-style 0/1 knapsack format (spec metaheuristics §3.2): a header {@code n C}, then {@code n} lines
 * {@code profit weight}, then optionally one line of {@code n} zeros and ones, the stored solution (the
 * {@code large_scale} files). Numbers may be decimal ({@code f5}); profits, weights and capacity must be finite and
 * not negative. Blank lines and {@code #} comment lines are skipped. Every error is an {@link InputFormatException}
 * naming file, line and field.
 */
public final class KnapsackReader {
    private KnapsackReader() {
    }

    /** Reads {@code file}; the instance name is the file name without its extension. */
    public static KnapsackFile read(Path file) throws IOException {
        return parse(file.toString(), SourceFiles.readUtf8(file));
    }

    /** Parses {@code text}; {@code source} names it in error messages and gives the instance name. */
    public static KnapsackFile parse(String source, String text) {
        LineReader reader = new LineReader(source, text);
        Line header = reader.nextLine().orElseThrow(() -> new InputFormatException(source, 0, "header",
                (text.isBlank() ? "the file is empty" : "the file holds only comments")
                        + "; expected a header line 'n capacity'"));
        if (header.size() != 2) {
            throw header.error("header", "expected 2 numbers 'n capacity', found " + header.size() + " tokens");
        }
        long count = header.nonNegativeLong(0, "header n");
        if (count > Integer.MAX_VALUE - 8) {
            throw header.error("header n", "too many items: " + count);
        }
        int n = (int) count;
        double capacity = header.nonNegativeNumber(1, "header capacity");

        // A file cannot hold more items than it has lines, so an absurd n fails at the end of the file instead of
        // allocating for it; until then every line is checked in file order.
        double[] profits = new double[Math.min(n, reader.remainingLines())];
        double[] weights = new double[profits.length];
        for (int i = 0; i < n; i++) {
            Optional<Line> next = reader.nextLine();
            if (next.isEmpty()) {
                throw new InputFormatException(source, reader.lastLineNumber(), "item " + i,
                        "the header announces " + n + " items, found only " + i + " item lines");
            }
            Line line = next.get();
            if (line.size() != 2) {
                throw line.error("item " + i, "expected 2 numbers 'profit weight', found " + line.size() + " tokens"
                        + (line.size() == n ? " (a solution vector before all " + n + " items were read?)" : ""));
            }
            profits[i] = line.nonNegativeNumber(0, "item " + i + " profit");
            weights[i] = line.nonNegativeNumber(1, "item " + i + " weight");
        }
        Optional<Selection> stored = reader.nextLine().map(line -> solution(line, n));
        Optional<Line> extra = reader.nextLine();
        if (extra.isPresent()) {
            throw extra.get().error("end of file", "unexpected data after the " + n
                    + " items and the solution vector");
        }
        return new KnapsackFile(new Knapsack(SourceFiles.baseName(source), profits, weights, capacity), stored);
    }

    /** The 0/1 vector that may follow the items. */
    private static Selection solution(Line line, int n) {
        if (line.size() != n) {
            throw line.error("solution", "expected " + n + " zeros and ones (one per item) after the items, found "
                    + line.size() + " tokens");
        }
        boolean[] chosen = new boolean[n];
        for (int i = 0; i < n; i++) {
            String token = line.tokens().get(i);
            if (!token.equals("0") && !token.equals("1")) {
                throw line.error("solution item " + i, "expected 0 or 1, found '" + token + "'");
            }
            chosen[i] = token.equals("1");
        }
        return new Selection(chosen);
    }
}
