package dev.gantry.instances.binpack;

import dev.gantry.instances.io.CsvTable;
import dev.gantry.instances.io.SourceFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The staged summary {@code binpack/summary.csv} (spec metaheuristics §3.3), columns
 * {@code file,instance,capacity,n,best_known_in_file,L1_ceil_sum_over_C,sum_sizes}: per instance the best-known bin
 * count its file states and the continuous lower bound L1 = ⌈Σ sizes / capacity⌉. The file's best equals L1 (so is
 * optimal) for 75 of the 80 instances.
 */
public final class BinPackSummary {
    private static final List<String> COLUMNS = List.of("file", "instance", "capacity", "n", "best_known_in_file",
            "L1_ceil_sum_over_C", "sum_sizes");

    /** One row of the summary. */
    public record Entry(String file, String instance, double capacity, int items, int bestKnownInFile,
                        int lowerBoundL1, double sumSizes) {
        /** True when the file's best-known count meets L1, which proves it optimal. */
        public boolean bestKnownIsOptimal() {
            return bestKnownInFile == lowerBoundL1;
        }
    }

    private final Map<String, Entry> entries;

    private BinPackSummary(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
    }

    public static BinPackSummary read(Path file) throws IOException {
        return parse(file.toString(), SourceFiles.readUtf8(file));
    }

    public static BinPackSummary parse(String source, String text) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (CsvTable.Row row : CsvTable.parse(source, text, COLUMNS).rowsUniqueBy("instance")) {
            String instance = row.text("instance");
            double capacity = row.number("capacity");
            if (!(capacity > 0)) {
                throw row.error("capacity", "expected a capacity > 0, found " + capacity);
            }
            int items = smallInt(row, "n");
            int best = smallInt(row, "best_known_in_file");
            int l1 = smallInt(row, "L1_ceil_sum_over_C");
            if (l1 > best) {
                throw row.error("L1_ceil_sum_over_C", "lower bound " + l1 + " exceeds the best known " + best);
            }
            entries.put(instance, new Entry(row.text("file"), instance, capacity, items, best, l1,
                    row.number("sum_sizes")));
        }
        return new BinPackSummary(entries);
    }

    private static int smallInt(CsvTable.Row row, String column) {
        long value = row.nonNegativeLong(column);
        if (value > Integer.MAX_VALUE) {
            throw row.error(column, "expected an integer in the 32-bit range, found " + value);
        }
        return (int) value;
    }

    /** Every row, keyed by instance name. */
    public Map<String, Entry> all() {
        return entries;
    }

    public Optional<Entry> forInstance(String instance) {
        return Optional.ofNullable(entries.get(instance));
    }
}
