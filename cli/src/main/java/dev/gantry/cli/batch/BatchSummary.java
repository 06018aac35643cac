package dev.gantry.cli.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The end of a batch: a CSV with one row per run, and a table per family (runs, solved, verified, failed, mean gap, time). */
public final class BatchSummary {
    static final String CSV_HEADER = "instance,family,engine,status,objective,bound,gapPercent,timeMillis,verified,violations,exitCode,error";

    private BatchSummary() {
    }

    /** {@code results.csv} beside {@code results.jsonl}. */
    public static Path csvBeside(Path results) {
        String name = results.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return results.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".csv");
    }

    public static void writeCsv(List<RunRecord> records, Path csv) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(CSV_HEADER);
        for (RunRecord r : records) {
            lines.add(String.join(",", cell(r.instance()), r.family(), r.engine(), r.status(), text(r.objective()), text(r.bound()),
                    r.gapPercent() == null ? "" : String.format(Locale.ROOT, "%.4f", r.gapPercent()), Long.toString(r.timeMillis()),
                    Boolean.toString(r.verified()), Integer.toString(r.violations()), text(r.exitCode()), cell(r.error())));
        }
        Files.write(csv, lines, StandardCharsets.UTF_8);
    }

    /** The per-family table, families in alphabetical order, then a total row. */
    public static String table(List<RunRecord> records) {
        Map<String, List<RunRecord>> byFamily = new TreeMap<>();
        records.forEach(r -> byFamily.computeIfAbsent(r.family(), k -> new ArrayList<>()).add(r));
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-13s %5s %6s %8s %6s %9s %10s%n", "family", "runs", "solved",
                "verified", "failed", "mean gap", "time"));
        byFamily.forEach((family, rs) -> sb.append(row(family, rs)));
        return sb.append(row("total", records)).toString();
    }

    private static String row(String name, List<RunRecord> rs) {
        List<Double> gaps = rs.stream().map(RunRecord::gapPercent).filter(g -> g != null).toList();
        String gap = gaps.isEmpty() ? "-" : String.format(Locale.ROOT, "%.2f%%", gaps.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
        return String.format(Locale.ROOT, "%-13s %5d %6d %8d %6d %9s %9.1fs%n", name, rs.size(), rs.stream().filter(RunRecord::solved).count(),
                rs.stream().filter(RunRecord::verified).count(), rs.stream().filter(RunRecord::failed).count(), gap,
                rs.stream().mapToLong(RunRecord::timeMillis).sum() / 1000.0);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** A CSV cell, quoted when it holds a comma, quote or newline. */
    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        return value.matches("(?s).*[,\"\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
