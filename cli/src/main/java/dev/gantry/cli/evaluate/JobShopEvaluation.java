package dev.gantry.cli.evaluate;

import dev.gantry.cli.jobshop.JobShopSets;
import dev.gantry.cli.family.UsageException;
import dev.gantry.heuristics.evaluation.EvaluationReport;
import dev.gantry.heuristics.evaluation.HeuristicEvaluation;
import dev.gantry.heuristics.evaluation.HeuristicEvaluation.Case;
import dev.gantry.heuristics.evaluation.HeuristicEvaluation.Verdict;
import dev.gantry.instances.jobshop.BestKnownBounds;
import dev.gantry.instances.jobshop.JobShopReader;
import dev.gantry.instances.schedule.ScheduleDocument;
import dev.gantry.modeling.jobshop.JobShop;
import dev.gantry.modeling.jobshop.JobShopHeuristic;
import dev.gantry.modeling.jobshop.JobShopSchedule;
import dev.gantry.verify.jobshop.JobShopVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Job-shop heuristics in the evaluation harness: cases from the staged instances (or files), makespans compared
 * with {@code bks.json} (closed instances against their optimum, open ones against the best upper bound), every
 * plan checked by {@link JobShopVerifier}; groups are sizes ({@code 15x15}).
 */
public final class JobShopEvaluation {
    /** Taillard's 80 instances, ta01–ta80. */
    public static final String DEFAULT_SET = "ta";

    private JobShopEvaluation() {
    }

    /**
     * The cases of a comma-separated set: a token naming an existing instance file is read as it is, any other
     * token selects staged instances as {@link JobShopSets#select} does (ta, ta01-ta10, 15x15, ft06).
     */
    public static List<Case<JobShop>> cases(Path data, String set) throws IOException {
        BestKnownBounds bks = BestKnownBounds.read(data.resolve("jobshop/bks.json"));
        List<Case<JobShop>> cases = new ArrayList<>();
        for (String token : set.split(",")) {
            String t = token.trim();
            if (t.isEmpty()) {
                continue;
            }
            List<JobShop> shops = new ArrayList<>();
            if (Files.isRegularFile(Path.of(t))) {
                shops.add(JobShopReader.read(Path.of(t)));
            } else {
                for (Path file : JobShopSets.select(data, t).values()) {
                    shops.add(JobShopReader.read(file));
                }
            }
            for (JobShop shop : shops) {
                BestKnownBounds.Bound b = bks.forInstance(shop.name()).orElseThrow(() -> new UsageException(
                        "no best-known makespan for " + shop.name() + " in " + data.resolve("jobshop/bks.json")));
                cases.add(new Case<>(shop.name(), JobShopSets.sizeOf(shop), shop, b.upperBound(), b.closed()));
            }
        }
        if (cases.isEmpty()) {
            throw new UsageException("the set '" + set + "' names no instance");
        }
        return cases;
    }

    /** Runs {@code heuristic} with {@code seed} on every case; each plan is verified before its makespan counts. */
    public static EvaluationReport run(JobShopHeuristic heuristic, List<Case<JobShop>> cases, long seed) {
        return HeuristicEvaluation.evaluate(heuristic.id(), cases, shop -> heuristic.schedule(shop, seed), JobShopEvaluation::verdict);
    }

    static Verdict verdict(JobShop shop, JobShopSchedule plan) {
        return Verdicts.of(JobShopVerifier.verify(shop, ScheduleDocument.ofJobShop(plan, shop.name(), null), Optional.empty()));
    }
}
