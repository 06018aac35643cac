package dev.gantry.cli.smtt;

import dev.gantry.cli.bench.SmttBench;
import dev.gantry.cp.smtt.SmttDecompositionSolver;
import dev.gantry.heuristics.smtt.SmttHeuristics;
import dev.gantry.metaheuristics.smtt.TardinessLocalSearch;
import dev.gantry.modeling.smtt.JobSequence;
import dev.gantry.modeling.smtt.SingleMachineTardiness;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;

/**
 * The tardiness engines beyond a single rule, composed here where the CLI sees every module: the local search
 * starts from the best constructive rule, the exact solver is Lawler's decomposition (unweighted only).
 */
public final class SmttEngines {
    private SmttEngines() {
    }

    /** MDDC for the unweighted problem (spec §5); for weighted instances the rule whose sequence has the least weighted tardiness. */
    public static JobSequence start(SingleMachineTardiness instance) {
        if (!instance.isWeighted()) {
            return SmttHeuristics.byId("mddc").sequence(instance);
        }
        return java.util.Arrays.stream(SmttHeuristics.values()).map(h -> h.heuristic().sequence(instance))
                .min(Comparator.comparingLong(s -> instance.totalWeightedTardiness(s.order()))).orElseThrow();
    }

    /** Gantry's local search (ILS with dynasearch) from {@link #start}, stopping at {@code target} or after {@code limit}. */
    public static TardinessLocalSearch.Result local(SingleMachineTardiness instance, Duration limit, long target, long seed) {
        return TardinessLocalSearch.iteratedLocalSearch(instance, start(instance), limit, Long.MAX_VALUE, target, seed, true);
    }

    /** Generated instances: MDDC, the exact solver and the local search with a fixed budget (no target: nothing is known). */
    public static SmttBench generatedBench(PrintWriter out, Duration localLimit) {
        return new SmttBench(out, "mddc")
                .with("exact", c -> SmttDecompositionSolver.solve(c.instance()).sequence())
                .with("local", c -> local(c.instance(), localLimit, 0, 1).sequence());
    }

    /** The bench with every engine Gantry has for the problem. */
    public static SmttBench bench(Path data, PrintWriter out) {
        return new SmttBench(data, out)
                .with("exact", c -> SmttDecompositionSolver.solve(c.instance()).sequence())
                // time to target: the search stops at the stored optimum, within 50 ms (n ≤ 20), 0.2 s (n ≤ 100), else 1 s
                .with("local", c -> local(c.instance(), localLimit(c.instance()), c.optimum().orElse(0), 1).sequence());
    }

    private static Duration localLimit(SingleMachineTardiness instance) {
        return Duration.ofMillis(instance.size() <= 20 ? 50 : instance.size() <= 100 && !instance.isWeighted() ? 200 : 1000);
    }
}
