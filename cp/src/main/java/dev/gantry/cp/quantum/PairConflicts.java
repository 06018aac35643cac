package dev.gantry.cp.quantum;

import dev.gantry.modeling.api.Backends;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.api.Status;
import dev.gantry.modeling.quantum.Demand;
import dev.gantry.modeling.quantum.QuantumInstance;
import dev.gantry.modeling.quantum.ScheduleMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Pairs of demands that cannot be scheduled together, proven by a feasibility solve of the model restricted to the two
 * (both accepted, no objective). Each proven pair gives the cut {@code x_d + x_e ≤ 1}, which the linear relaxation of
 * the full model cannot see: on the star, d01 leaves no 10-slot gap on the centre's comm qubit for any other protocol,
 * and without the cuts 2 workers do not prove the rate optimum within 10 s. Sound because a set containing an
 * infeasible pair is infeasible; pairs not decided within their time are left without a cut.
 */
public final class PairConflicts {
    private PairConflicts() {
    }

    /** A proven conflict between two demands (ids in file order). */
    public record Pair(String first, String second) {
    }

    /**
     * The conflicts among demands sharing a qubit, pairs of higher combined rate first, until {@code budget} runs out;
     * each pair gets at most {@code perPair}, with the workers, seed and cancellation of {@code solve}.
     */
    public static List<Pair> find(QuantumInstance instance, ScheduleMode mode, QuantumCpOptions options, Duration budget,
            Duration perPair, SolveOptions solve) {
        long deadline = System.nanoTime() + budget.toNanos();
        List<Demand[]> candidates = new ArrayList<>();
        List<Demand> demands = instance.demands();
        for (int i = 0; i < demands.size(); i++) {
            Set<String> qubits = instance.protocol(demands.get(i).id()).qubits();
            for (int j = i + 1; j < demands.size(); j++) {
                if (!Collections.disjoint(qubits, instance.protocol(demands.get(j).id()).qubits())) {
                    candidates.add(new Demand[] {demands.get(i), demands.get(j)});
                }
            }
        }
        candidates.sort(Comparator.comparingDouble((Demand[] p) -> -(p[0].rateHz() + p[1].rateHz())));
        List<Pair> conflicts = new ArrayList<>();
        for (Demand[] pair : candidates) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || solve.cancellation().map(c -> c.isCancelled()).orElse(false)) {
                break;
            }
            SolveOptions.Builder limits = SolveOptions.builder().timeLimit(Duration.ofNanos(Math.min(left, perPair.toNanos())))
                    .workers(solve.workers().orElse(1)).seed(solve.seed());
            solve.cancellation().ifPresent(limits::cancellation);
            if (!feasibleTogether(instance, mode, options, pair[0], pair[1], limits.build())) {
                conflicts.add(new Pair(pair[0].id(), pair[1].id()));
            }
        }
        return conflicts;
    }

    /** False only when proven infeasible; a pair the solver cannot decide in time counts as feasible (no cut). */
    private static boolean feasibleTogether(QuantumInstance instance, ScheduleMode mode, QuantumCpOptions options, Demand a,
            Demand b, SolveOptions limits) {
        QuantumInstance two = new QuantumInstance(instance.name(), instance.slotSeconds(), instance.hardware(), instance.network(),
                List.of(a, b), List.of(instance.protocol(a.id()), instance.protocol(b.id())));
        // zero jitter would restrict the pair: check with the unrestricted model, objectives dropped
        QuantumCpModel both = QuantumCpModel.of(two, mode, options.withJitter(JitterObjective.MINIMISE), List.of());
        Model m = both.model().derive().clearObjective()
                .add(both.accepted(a.id()).eq(1)).add(both.accepted(b.id()).eq(1)).build();
        SolveResult r = Backends.get("cpsat").solve(m, limits);
        return r.status() != Status.INFEASIBLE;
    }
}
