package dev.gantry.instances.binpack;

import dev.gantry.instances.io.LineReader;
import dev.gantry.instances.io.LineReader.Line;
import dev.gantry.instances.io.SourceFiles;
import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.binpack.BinPacking;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads OR-Library bin-packing files {@code binpack1..8.txt} (spec metaheuristics §3.3): the number of problems, then
 * per problem an identifier line (written with surrounding spaces, which are dropped), a line
 * {@code capacity n best_known}, and {@code n} item sizes, one per line. Sizes and capacity may be decimal (the
 * triplet files); each size must lie in (0, capacity]. Every error is an {@link InputFormatException} naming file,
 * line and field.
 */
public final class BinPackReader {
    private BinPackReader() {
    }

    public static List<BinPackInstance> read(Path file) throws IOException {
        return parse(file.toString(), SourceFiles.readUtf8(file));
    }

    /** Parses {@code text}; {@code source} names it in error messages. */
    public static List<BinPackInstance> parse(String source, String text) {
        LineReader reader = new LineReader(source, text);
        Line first = reader.nextLine().orElseThrow(() -> new InputFormatException(source, 0, "problem count",
                (text.isBlank() ? "the file is empty" : "the file holds only comments")
                        + "; expected the number of problems on the first line"));
        if (first.size() != 1) {
            throw first.error("problem count", "expected one integer, found " + first.size() + " tokens");
        }
        long count = first.nonNegativeLong(0, "problem count");
        List<BinPackInstance> problems = new ArrayList<>();
        Map<String, Integer> idLines = new HashMap<>();
        for (int p = 0; p < count; p++) {
            Line id = next(reader, source, "problem " + p + " identifier", count, p);
            if (id.size() != 1) {
                throw id.error("problem " + p + " identifier", "expected one identifier such as 'u120_00', found '"
                        + id.text() + "'");
            }
            String name = id.tokens().get(0);
            Integer previous = idLines.putIfAbsent(name, id.number());
            if (previous != null) {
                throw id.error("problem " + p + " identifier", "'" + name + "' appears twice (first at line "
                        + previous + ")");
            }
            problems.add(problem(reader, source, name, count, p));
        }
        Optional<Line> extra = reader.nextLine();
        if (extra.isPresent()) {
            throw extra.get().error("end of file", "unexpected data after the " + count
                    + " problems the first line announces");
        }
        return List.copyOf(problems);
    }

    private static BinPackInstance problem(LineReader reader, String source, String name, long count, int p) {
        Line header = next(reader, source, name + " header", count, p);
        if (header.size() != 3) {
            throw header.error(name + " header", "expected 'capacity n best_known', found " + header.size()
                    + " tokens");
        }
        double capacity = header.nonNegativeNumber(0, name + " capacity");
        if (capacity == 0) {
            throw header.error(name + " capacity", "expected a capacity > 0, found 0");
        }
        long n = header.nonNegativeLong(1, name + " n");
        if (n > Integer.MAX_VALUE - 8) {
            throw header.error(name + " n", "too many items: " + n);
        }
        long best = header.nonNegativeLong(2, name + " best_known");
        if (best > n) {
            throw header.error(name + " best_known", "best known " + best + " exceeds the item count " + n);
        }
        // A file cannot hold more sizes than it has lines, so an absurd n fails at the end of the file instead of
        // allocating for it; until then every line is checked in file order.
        double[] sizes = new double[(int) Math.min(n, reader.remainingLines())];
        for (int i = 0; i < n; i++) {
            String field = name + " item " + i;
            Optional<Line> next = reader.nextLine();
            if (next.isEmpty()) {
                throw new InputFormatException(source, reader.lastLineNumber(), field,
                        "the header (line " + header.number() + ") announces " + n + " items, found only " + i);
            }
            Line line = next.get();
            if (line.size() != 1) {
                throw line.error(field, "expected one item size, found '" + line.text() + "'"
                        + (line.size() == 3 ? " (a problem header: fewer items than announced at line "
                        + header.number() + "?)" : ""));
            }
            double size = line.nonNegativeNumber(0, field);
            if (size == 0 || size > capacity) {
                throw line.error(field, "size " + line.tokens().get(0) + " is outside (0, capacity "
                        + header.tokens().get(0) + "]");
            }
            sizes[i] = size;
        }
        return new BinPackInstance(new BinPacking(name, capacity, sizes), (int) best);
    }

    private static Line next(LineReader reader, String source, String field, long count, int p) {
        return reader.nextLine().orElseThrow(() -> new InputFormatException(source, reader.lastLineNumber(), field,
                "the first line announces " + count + " problems, found only " + p));
    }
}
