package dev.gantry.cli.evaluate;

import dev.gantry.cli.family.UsageException;
import dev.gantry.heuristics.evaluation.EvaluationReport;
import dev.gantry.heuristics.evaluation.HeuristicEvaluation;
import dev.gantry.heuristics.evaluation.HeuristicEvaluation.Case;
import dev.gantry.heuristics.evaluation.HeuristicEvaluation.Verdict;
import dev.gantry.heuristics.smtt.SequencingHeuristic;
import dev.gantry.instances.smtt.OrLibTardinessReader;
import dev.gantry.instances.smtt.SmttCase;
import dev.gantry.instances.smtt.SmttJsonReader;
import dev.gantry.modeling.smtt.JobSequence;
import dev.gantry.verify.smtt.SequenceVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Single-machine tardiness heuristics in the evaluation harness, on the sets the tardiness bench knows: the
 * paper's {@code smtt_n20_800} and {@code smtt_n100_200} (stored optima, groups {@code n=20}, {@code n=100}) and
 * OR-Library's {@code wt40}, {@code wt50} (listed values, proven or best known; groups by file). Every sequence is
 * checked by {@link SequenceVerifier}.
 */
public final class SmttEvaluation {
    public static final List<String> SETS = List.of("smtt_n20_800", "smtt_n100_200", "wt40", "wt50");
    public static final String DEFAULT_SET = "smtt_n20_800,smtt_n100_200";

    private SmttEvaluation() {
    }

    /** The cases of a comma-separated list of set names (see {@link #SETS}) or {@code .jsonl} files with stored optima. */
    public static List<Case<SmttCase>> cases(Path data, String set) throws IOException {
        List<Case<SmttCase>> cases = new ArrayList<>();
        for (String token : set.split(",")) {
            String t = token.trim();
            if (t.isEmpty()) {
                continue;
            }
            if (t.matches("wt\\d+")) {
                for (SmttCase c : OrLibTardinessReader.read(data.resolve("smtt/orlib_wt/" + t + ".txt"))) {
                    String name = c.instance().name();
                    cases.add(new Case<>(name, t, c, reference(c), OrLibTardinessReader.provenBySource(name)));
                }
                continue;
            }
            Path file = t.endsWith(".jsonl") && Files.isRegularFile(Path.of(t)) ? Path.of(t) : data.resolve("smtt/" + t + ".jsonl");
            if (!Files.isRegularFile(file)) {
                throw new UsageException("no tardiness set '" + t + "'; known: " + String.join(", ", SETS) + ", or a .jsonl file with optima");
            }
            // the JSON-lines sets store optima computed exactly
            for (SmttCase c : SmttJsonReader.readLines(file)) {
                cases.add(new Case<>(c.instance().name(), "n=" + c.instance().size(), c, reference(c), true));
            }
        }
        if (cases.isEmpty()) {
            throw new UsageException("the set '" + set + "' names no instance");
        }
        return cases;
    }

    private static long reference(SmttCase c) {
        return c.optimum().orElseThrow(() -> new UsageException(c.instance().name() + " has no stored optimum to compare with"));
    }

    /** Runs one rule on every case; each sequence is verified before its tardiness counts. */
    public static EvaluationReport run(SequencingHeuristic heuristic, List<Case<SmttCase>> cases) {
        return HeuristicEvaluation.evaluate(heuristic.id(), cases, c -> heuristic.sequence(c.instance()), SmttEvaluation::verdict);
    }

    /** The independent check of one sequence, for every method the harness runs on these cases. */
    public static Verdict verdict(SmttCase c, JobSequence sequence) {
        return Verdicts.of(SequenceVerifier.verify(c.instance(), sequence));
    }
}
