package dev.gantry.instances.rcpsp;

import dev.gantry.instances.io.CsvTable;
import dev.gantry.instances.io.SourceFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PSPLIB optima and bounds from {@code optimum/optimum.csv} (spec scheduling §2.2): header {@code problem,optimum};
 * a value is {@code N} (proven optimal), {@code L..U} (open, with a proven lower bound) or {@code ..U} (open, no lower
 * bound listed). Instances are keyed by name without {@code .sm} ({@code j301_1}).
 */
public final class PsplibOptima {
    private static final List<String> COLUMNS = List.of("problem", "optimum");
    private static final Pattern VALUE = Pattern.compile("(\\d{1,15})|(\\d{1,15})?\\.\\.(\\d{1,15})");

    /** One row: the proven lower bound (absent for {@code ..U}) and the best known makespan. */
    public record Entry(String instance, OptionalLong lowerBound, long upperBound) {
        /** Whether the optimum is known: the lower bound meets the upper. */
        public boolean optimal() {
            return lowerBound.isPresent() && lowerBound.getAsLong() == upperBound;
        }
    }

    private final Map<String, Entry> entries;

    private PsplibOptima(Map<String, Entry> entries) {
        this.entries = java.util.Collections.unmodifiableMap(entries);
    }

    public static PsplibOptima read(Path file) throws IOException {
        return parse(file.toString(), SourceFiles.readUtf8(file));
    }

    public static PsplibOptima parse(String source, String text) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (CsvTable.Row row : CsvTable.parse(source, text, COLUMNS).rowsUniqueBy("problem")) {
            String instance = row.text("problem").replaceFirst("\\.sm$", "");
            String value = row.text("optimum");
            Matcher m = VALUE.matcher(value);
            if (!m.matches()) {
                throw row.error("optimum", "expected N, L..U or ..U, found '" + value + "'");
            }
            long upper = Long.parseLong(m.group(1) != null ? m.group(1) : m.group(3));
            OptionalLong lower;
            if (m.group(1) != null) {
                lower = OptionalLong.of(upper);
            } else if (m.group(2) == null) {
                lower = OptionalLong.empty();
            } else {
                lower = OptionalLong.of(Long.parseLong(m.group(2)));
                if (lower.getAsLong() > upper) {
                    throw row.error("optimum", "lower bound " + lower.getAsLong() + " exceeds upper bound " + upper);
                }
            }
            entries.put(instance, new Entry(instance, lower, upper));
        }
        return new PsplibOptima(entries);
    }

    /** Every row, keyed by instance name, in file order. */
    public Map<String, Entry> all() {
        return entries;
    }

    public Optional<Entry> forInstance(String instance) {
        return Optional.ofNullable(entries.get(instance));
    }
}
