package dev.gantry.instances.smtt;

import dev.gantry.instances.io.JsonInput;
import dev.gantry.instances.io.JsonRecord;
import dev.gantry.instances.io.SourceFiles;
import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.smtt.SingleMachineTardiness;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Reads the JSON-lines tardiness sets of spec §1.1 — one object {@code {idx, n, RDD, TF, p, d, opt_stored}} per
 * line — and single-instance files holding one such object (only {@code p} and {@code d} required, {@code w}
 * optional). {@code opt_stored} is a JSON number such as {@code 256.0}, converted exactly to a long. Errors name
 * file, line and field.
 */
public final class SmttJsonReader {
    private SmttJsonReader() {
    }

    /** Every instance of a JSON-lines file (blank lines skipped), named {@code <file>#<idx>}. */
    public static List<SmttCase> readLines(Path file) throws IOException {
        String text = SourceFiles.readUtf8(file);
        String name = file.getFileName().toString().replaceFirst("\\.jsonl?$", "");
        List<SmttCase> cases = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                cases.add(parseObject(file.toString(), i + 1, lines[i], name + "#" + cases.size()));
            }
        }
        if (cases.isEmpty()) {
            throw new InputFormatException(file.toString(), 0, "", "no instance: the file is empty");
        }
        return cases;
    }

    /** A file holding one instance object (it may span several lines). */
    public static SmttCase readOne(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        return parseObject(file.toString(), 1, SourceFiles.readUtf8(file), name);
    }

    /** One object whose text starts on line {@code firstLine} of {@code source}. */
    static SmttCase parseObject(String source, int firstLine, String text, String fallbackName) {
        try {
            return JsonInput.parse(source, text, parser -> {
                Map<String, List<Integer>> arrays = new HashMap<>();
                JsonRecord top = JsonRecord.read(parser, source, "", (field, p) -> {
                    if (!field.equals("p") && !field.equals("d") && !field.equals("w")) {
                        return false;
                    }
                    arrays.put(field, JsonInput.intArray(p, source, field));
                    return true;
                });
                List<Integer> p = arrays.get("p");
                List<Integer> d = arrays.get("d");
                if (p == null || d == null) {
                    throw top.error(p == null ? "p" : "d", "missing; expected an array of integers");
                }
                if (d.size() != p.size()) {
                    throw top.error("d", p.size() + " processing times but " + d.size() + " due dates");
                }
                List<Integer> w = arrays.get("w");
                if (w != null && w.size() != p.size()) {
                    throw top.error("w", p.size() + " processing times but " + w.size() + " weights");
                }
                Long n = top.integer("n");
                if (n != null && n != p.size()) {
                    throw top.error("n", "says " + n + " jobs but p has " + p.size());
                }
                for (int j = 0; j < p.size(); j++) {
                    if (p.get(j) < 1) {
                        throw top.error("p[" + j + "]", "processing time " + p.get(j) + "; must be at least 1");
                    }
                    if (w != null && w.get(j) < 1) {
                        throw top.error("w[" + j + "]", "weight " + w.get(j) + "; must be at least 1");
                    }
                }
                Long idx = top.integer("idx");
                String name = idx == null ? fallbackName : fallbackName.replaceFirst("#\\d+$", "") + "#" + idx;
                int[] pa = p.stream().mapToInt(Integer::intValue).toArray();
                int[] da = d.stream().mapToInt(Integer::intValue).toArray();
                SingleMachineTardiness instance = w == null ? SingleMachineTardiness.unweighted(name, pa, da)
                        : new SingleMachineTardiness(name, pa, w.stream().mapToInt(Integer::intValue).toArray(), da);
                Double stored = top.number("opt_stored");
                OptionalLong optimum = OptionalLong.empty();
                if (stored != null) {
                    if (stored != Math.rint(stored) || stored < 0) {
                        throw top.error("opt_stored", "not a whole number >= 0: " + stored);
                    }
                    optimum = OptionalLong.of(stored.longValue());
                }
                Double rdd = top.number("RDD");
                Double tf = top.number("TF");
                return new SmttCase(instance, optimum, rdd == null ? Double.NaN : rdd, tf == null ? Double.NaN : tf);
            });
        } catch (InputFormatException e) {
            // the object was parsed on its own: shift its line numbers to the file's
            throw firstLine == 1 ? e : new InputFormatException(source, e.line() + firstLine - 1, e.field(), e.problem());
        }
    }
}
