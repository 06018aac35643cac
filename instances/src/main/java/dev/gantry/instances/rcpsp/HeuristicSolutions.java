package dev.gantry.instances.rcpsp;

import dev.gantry.modeling.api.InputFormatException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * PSPLIB's best-known heuristic makespans, {@code j120hrs.sm} (spec scheduling §2.2): ISO-8859-1 text; a title line
 * {@code solutionlist …}, {@code =} rulers and a header {@code Par Inst Makespan Date Author}, then one tab-separated
 * row per instance: {@code Par}, {@code Inst}, makespan, then free-text date and author (any number of tabs).
 * Row {@code (p, i)} is instance {@code <set>p_i}, the set named by the file ({@code j120hrs.sm} → {@code j120}).
 */
public final class HeuristicSolutions {
    private final Map<String, Long> makespans;

    private HeuristicSolutions(Map<String, Long> makespans) {
        this.makespans = java.util.Collections.unmodifiableMap(makespans);
    }

    /** Reads a {@code <set>hrs.sm} file; the set prefix comes from its name. */
    public static HeuristicSolutions read(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (!name.matches(".+hrs\\.sm")) {
            throw new InputFormatException(file.toString(), 0, "file name", "expected a PSPLIB solution list named <set>hrs.sm");
        }
        // PSPLIB wrote these lists in Latin-1 (authors' names); every byte is a valid ISO-8859-1 character
        return parse(file.toString(), Files.readString(file, StandardCharsets.ISO_8859_1), name.substring(0, name.length() - "hrs.sm".length()));
    }

    public static HeuristicSolutions parse(String source, String text, String set) {
        Map<String, Long> makespans = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        List<String> lines = text.lines().toList();
        boolean sawHeader = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String stripped = line.strip();
            int number = i + 1;
            if (stripped.isEmpty() || stripped.startsWith("solutionlist") || stripped.chars().allMatch(c -> c == '=')) {
                continue;
            }
            if (stripped.startsWith("Par")) {
                sawHeader = true;
                continue;
            }
            if (!sawHeader) {
                throw new InputFormatException(source, number, "header", "expected the header 'Par Inst Makespan Date Author' first");
            }
            String[] fields = line.split("\t");
            if (fields.length < 3) {
                throw new InputFormatException(source, number, "row", "expected tab-separated Par, Inst, Makespan, found " + fields.length + " fields");
            }
            long par = field(source, number, "Par", fields[0]);
            long inst = field(source, number, "Inst", fields[1]);
            long makespan = field(source, number, "Makespan", fields[2]);
            String instance = set + par + "_" + inst;
            Integer previous = firstLine.putIfAbsent(instance, number);
            if (previous != null) {
                throw new InputFormatException(source, number, "Par/Inst", "a second row for " + instance + " (the first is at line " + previous + ")");
            }
            makespans.put(instance, makespan);
        }
        return new HeuristicSolutions(makespans);
    }

    private static long field(String source, int line, String name, String text) {
        String t = text.strip();
        if (!t.isEmpty() && t.length() <= 15 && t.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Long.parseLong(t);
        }
        throw new InputFormatException(source, line, name, "expected a non-negative integer, found '" + t + "'");
    }

    /** Every makespan by instance name, in file order. */
    public Map<String, Long> all() {
        return makespans;
    }

    public OptionalLong forInstance(String instance) {
        Long m = makespans.get(instance);
        return m == null ? OptionalLong.empty() : OptionalLong.of(m);
    }
}
