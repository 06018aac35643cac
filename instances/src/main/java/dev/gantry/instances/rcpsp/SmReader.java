package dev.gantry.instances.rcpsp;

import dev.gantry.instances.io.LineReader.Line;
import dev.gantry.instances.io.SourceFiles;
import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.rcpsp.Job;
import dev.gantry.modeling.rcpsp.Rcpsp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads PSPLIB single-mode {@code .sm} files (spec scheduling §2.1). Sections between lines of {@code *} are found
 * by their titles and read by tokens, never by column positions: the header's {@code key : value} lines, then
 * {@code PROJECT INFORMATION:}, {@code PRECEDENCE RELATIONS:}, {@code REQUESTS/DURATIONS:} and
 * {@code RESOURCEAVAILABILITIES:}. Only renewable resources are accepted. The staged files number every successor
 * above its predecessor and keep every demand within capacity; this reader does not rely on either: it accepts any
 * acyclic numbering, rejects a cycle, and rejects a demand above capacity (the project would be infeasible). Every
 * error is an {@link InputFormatException} naming file, line and field.
 */
public final class SmReader {
    private static final String PROJECT = "PROJECT INFORMATION:";
    private static final String PRECEDENCES = "PRECEDENCE RELATIONS:";
    private static final String REQUESTS = "REQUESTS/DURATIONS:";
    private static final String AVAILABILITIES = "RESOURCEAVAILABILITIES:";

    private SmReader() {
    }

    /** Reads {@code file}; the instance name is the file name without {@code .sm} ({@code j301_1}). */
    public static Rcpsp read(Path file) throws IOException {
        return parse(file.toString(), SourceFiles.readUtf8(file));
    }

    public static Rcpsp parse(String source, String text) {
        Map<String, List<Line>> sections = sections(source, text);
        Header header = header(source, sections.getOrDefault("", List.of()));
        int jobs = header.jobs();
        int resources = header.renewable();
        projectInformation(source, require(source, sections, PROJECT), jobs);
        List<List<Integer>> successors = precedences(source, require(source, sections, PRECEDENCES), jobs);
        List<Line> requestLines = require(source, sections, REQUESTS);
        List<Long> capacities = availabilities(source, require(source, sections, AVAILABILITIES), resources);
        List<Job> list = requests(requestLines, jobs, resources, capacities, successors);
        return new Rcpsp(SourceFiles.baseName(source), list, capacities);
    }

    // ---- sections ----

    /**
     * The lines of each section by title; header {@code key : value} sections (there are two in PSPLIB files) are
     * collected under the empty title. A section's title line is kept as its first line.
     */
    private static Map<String, List<Line>> sections(String source, String text) {
        Map<String, List<Line>> sections = new LinkedHashMap<>();
        List<String> lines = text.lines().toList();
        List<Line> current = null;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i).strip();
            if (raw.isEmpty()) {
                continue;
            }
            if (raw.chars().allMatch(c -> c == '*')) {
                current = null;
                continue;
            }
            Line line = new Line(source, i + 1, List.of(raw.split("\\s+")));
            if (current == null) {
                String title = List.of(PROJECT, PRECEDENCES, REQUESTS, AVAILABILITIES).contains(raw) ? raw : "";
                if (!title.isEmpty() && sections.containsKey(title)) {
                    throw line.error("section", "a second " + title + " section");
                }
                current = sections.computeIfAbsent(title, t -> new ArrayList<>());
            }
            current.add(line);
        }
        if (sections.isEmpty()) {
            throw new InputFormatException(source, 0, "file", "the file is empty; expected a PSPLIB .sm file");
        }
        return sections;
    }

    private static List<Line> require(String source, Map<String, List<Line>> sections, String title) {
        List<Line> lines = sections.get(title);
        if (lines == null) {
            throw new InputFormatException(source, 0, "section", "missing section " + title);
        }
        return lines.subList(1, lines.size());
    }

    // ---- header ----

    private record Header(int jobs, int renewable) {
    }

    private static Header header(String source, List<Line> lines) {
        Map<String, Line> values = new LinkedHashMap<>();
        for (Line line : lines) {
            String text = line.text();
            int colon = text.indexOf(':');
            if (text.equals("RESOURCES")) {
                continue;
            }
            if (colon < 0) {
                throw line.error("header", "expected 'key : value', found '" + text + "'");
            }
            String key = text.substring(0, colon).replace("- ", "").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
            String value = text.substring(colon + 1).strip();
            values.put(key, new Line(source, line.number(), value.isEmpty() ? List.of() : List.of(value.split("\\s+"))));
        }
        long projects = headerValue(source, values, "projects");
        Line projectsLine = values.get("projects");
        if (projects != 1) {
            throw projectsLine.error("projects", "expected 1 project per file, found " + projects);
        }
        String jobsKey = values.keySet().stream().filter(k -> k.startsWith("jobs")).findFirst().orElse("jobs (incl. supersource/sink )");
        long jobs = headerValue(source, values, jobsKey);
        if (jobs < 2 || jobs > 1_000_000) {
            throw values.get(jobsKey).error("jobs", "expected a job count (with source and sink) of at least 2, found " + jobs);
        }
        headerValue(source, values, "horizon");
        long renewable = headerValue(source, values, "renewable");
        for (String kind : List.of("nonrenewable", "doubly constrained")) {
            long count = headerValue(source, values, kind);
            if (count != 0) {
                throw values.get(kind).error(kind, count + " " + kind + " resources; only renewable resources are supported");
            }
        }
        return new Header((int) jobs, Math.toIntExact(renewable));
    }

    private static long headerValue(String source, Map<String, Line> values, String key) {
        Line line = values.get(key);
        if (line == null) {
            throw new InputFormatException(source, 0, key, "missing header line '" + key + " : …'");
        }
        if (line.size() == 0) {
            throw line.error(key, "missing value");
        }
        return line.nonNegativeLong(0, key);
    }

    // ---- PROJECT INFORMATION ----

    private static void projectInformation(String source, List<Line> lines, int jobs) {
        if (lines.size() != 2) {
            throw new InputFormatException(source, lines.isEmpty() ? 0 : lines.get(0).number(), PROJECT,
                    "expected a column header and one project row, found " + lines.size() + " lines");
        }
        Line row = lines.get(1);
        if (row.size() != 6) {
            throw row.error(PROJECT, "expected 6 values 'pronr. #jobs rel.date duedate tardcost MPM-Time', found " + row.size());
        }
        for (int i = 0; i < 6; i++) {
            row.nonNegativeLong(i, "project information value " + (i + 1));
        }
        long declared = row.nonNegativeLong(1, "#jobs");
        if (declared != jobs - 2) {
            throw row.error("#jobs", declared + " jobs, but the header counts " + jobs + " with source and sink, so " + (jobs - 2));
        }
    }

    // ---- PRECEDENCE RELATIONS ----

    private static List<List<Integer>> precedences(String source, List<Line> lines, int jobs) {
        if (lines.isEmpty() || !lines.get(0).tokens().get(0).startsWith("jobnr")) {
            throw new InputFormatException(source, lines.isEmpty() ? 0 : lines.get(0).number(), PRECEDENCES,
                    "expected the column header 'jobnr. #modes #successors successors'");
        }
        List<Line> rows = lines.subList(1, lines.size());
        checkRowCount(source, rows, jobs, PRECEDENCES, lines.get(0));
        List<List<Integer>> successors = new ArrayList<>();
        for (int i = 0; i < jobs; i++) {
            Line row = rows.get(i);
            checkJobNumber(row, i, "jobnr.");
            if (row.size() < 3) {
                throw row.error("#successors", "expected 'jobnr #modes #successors successors…', found " + row.size() + " values");
            }
            checkSingleMode(row);
            long count = row.nonNegativeLong(2, "#successors");
            if (row.size() != 3 + count) {
                throw row.error("successors", "#successors says " + count + ", found " + (row.size() - 3) + " successors");
            }
            Set<Long> seen = new HashSet<>();
            List<Integer> succ = new ArrayList<>();
            for (int s = 0; s < count; s++) {
                String field = "successor " + (s + 1);
                long number = row.nonNegativeLong(3 + s, field);
                if (number < 1 || number > jobs) {
                    throw row.error(field, "job " + number + " does not exist (jobs 1.." + jobs + ")");
                }
                if (number == i + 1) {
                    throw row.error(field, "job " + number + " cannot succeed itself");
                }
                if (!seen.add(number)) {
                    throw row.error(field, "job " + number + " is listed twice");
                }
                succ.add((int) number - 1);
            }
            successors.add(succ);
        }
        checkAcyclic(rows, successors);
        return successors;
    }

    /** Rejects a cycle of arcs, naming the row of an arc that closes one (a back edge of an iterative DFS). */
    private static void checkAcyclic(List<Line> rows, List<List<Integer>> successors) {
        int n = successors.size();
        byte[] state = new byte[n]; // 0 unseen, 1 on the DFS stack, 2 done
        int[] stack = new int[n];
        int[] next = new int[n];
        for (int root = 0; root < n; root++) {
            if (state[root] != 0) {
                continue;
            }
            int depth = 0;
            stack[depth++] = root;
            state[root] = 1;
            while (depth > 0) {
                int u = stack[depth - 1];
                if (next[u] < successors.get(u).size()) {
                    int v = successors.get(u).get(next[u]++);
                    if (state[v] == 1) {
                        throw rows.get(u).error("successors", "the arc from job " + (u + 1) + " to job " + (v + 1) + " closes a cycle");
                    }
                    if (state[v] == 0) {
                        state[v] = 1;
                        stack[depth++] = v;
                    }
                } else {
                    state[u] = 2;
                    depth--;
                }
            }
        }
    }

    // ---- REQUESTS/DURATIONS ----

    private static List<Job> requests(List<Line> lines, int jobs, int resources, List<Long> capacities,
                                      List<List<Integer>> successors) {
        // the column header ("jobnr. mode duration R 1 … R 4") and the dashed ruler
        int first = 0;
        while (first < lines.size() && !Character.isDigit(lines.get(first).tokens().get(0).charAt(0))) {
            first++;
        }
        List<Line> rows = lines.subList(first, lines.size());
        String source = lines.isEmpty() ? "" : lines.get(0).source();
        checkRowCount(source, rows, jobs, REQUESTS, lines.isEmpty() ? null : lines.get(lines.size() - 1));
        List<Job> list = new ArrayList<>();
        for (int i = 0; i < jobs; i++) {
            Line row = rows.get(i);
            checkJobNumber(row, i, "jobnr.");
            if (row.size() != 3 + resources) {
                throw row.error(REQUESTS, "expected 'jobnr mode duration' and " + resources + " demands, found " + row.size() + " values");
            }
            checkSingleMode(row);
            long duration = row.nonNegativeLong(2, "duration");
            List<Long> demands = new ArrayList<>();
            for (int k = 0; k < resources; k++) {
                String field = "R " + (k + 1);
                long demand = row.nonNegativeLong(3 + k, field);
                if (demand > capacities.get(k)) {
                    throw row.error(field, "job " + (i + 1) + " demands " + demand + " but the capacity is " + capacities.get(k)
                            + ": no schedule exists");
                }
                demands.add(demand);
            }
            list.add(new Job(duration, demands, successors.get(i)));
        }
        return list;
    }

    // ---- RESOURCEAVAILABILITIES ----

    private static List<Long> availabilities(String source, List<Line> lines, int resources) {
        if (lines.size() != 2) {
            throw new InputFormatException(source, lines.isEmpty() ? 0 : lines.get(0).number(), AVAILABILITIES,
                    "expected a label row 'R 1 R 2 …' and one row of capacities, found " + lines.size() + " lines");
        }
        Line row = lines.get(1);
        if (row.size() != resources) {
            throw row.error("capacities", "the header declares " + resources + " renewable resources, found " + row.size() + " capacities");
        }
        List<Long> capacities = new ArrayList<>();
        for (int k = 0; k < resources; k++) {
            capacities.add(row.nonNegativeLong(k, "R " + (k + 1)));
        }
        return capacities;
    }

    // ---- shared row checks ----

    private static void checkRowCount(String source, List<Line> rows, int jobs, String section, Line before) {
        if (rows.size() < jobs) {
            int line = rows.isEmpty() ? (before == null ? 0 : before.number()) : rows.get(rows.size() - 1).number();
            throw new InputFormatException(source, line, section, "the header counts " + jobs + " jobs, found " + rows.size() + " rows");
        }
        if (rows.size() > jobs) {
            throw rows.get(jobs).error(section, "more rows than the " + jobs + " jobs the header counts");
        }
    }

    private static void checkJobNumber(Line row, int index, String field) {
        long number = row.nonNegativeLong(0, field);
        if (number != index + 1) {
            throw row.error(field, "expected job " + (index + 1) + " (jobs in order from 1), found " + number);
        }
    }

    private static void checkSingleMode(Line row) {
        long modes = row.nonNegativeLong(1, "mode");
        if (modes != 1) {
            throw row.error("mode", "single-mode files only; found " + modes);
        }
    }
}
