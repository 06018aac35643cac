package dev.gantry.modeling.conformance;

import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.Objective;
import dev.gantry.modeling.api.ReferenceSemantics;
import dev.gantry.modeling.api.Sense;
import dev.gantry.modeling.api.Solution;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** Enumerates every assignment of a small model and judges it with {@link ReferenceSemantics}. */
final class BruteForce {
    private BruteForce() {
    }

    /** All satisfying assignments, each as the list of values in variable order. */
    static Set<List<Long>> solutions(Model model) {
        List<IntVar> vars = model.variables();
        long combos = 1;
        for (IntVar v : vars) {
            combos = Math.multiplyExact(combos, v.domain().size());
        }
        if (combos > 2_000_000) {
            throw new IllegalArgumentException("model too large to enumerate: " + combos + " assignments");
        }
        long[][] domains = vars.stream().map(v -> v.domain().values().toArray()).toArray(long[][]::new);
        Set<List<Long>> out = new HashSet<>();
        int[] pos = new int[vars.size()];
        long[] values = new long[vars.size()];
        while (true) {
            for (int i = 0; i < values.length; i++) {
                values[i] = domains[i][pos[i]];
            }
            if (ReferenceSemantics.satisfies(model, values)) {
                List<Long> row = new ArrayList<>(values.length);
                for (long x : values) {
                    row.add(x);
                }
                out.add(row);
            }
            int i = 0;
            while (i < pos.length && ++pos[i] == domains[i].length) {
                pos[i++] = 0;
            }
            if (i == pos.length) {
                return out;
            }
        }
    }

    /** The optimum of the first objective stage, or empty when infeasible. */
    static OptionalLong optimum(Model model) {
        Objective.Stage stage = model.objective().orElseThrow().first();
        OptionalLong best = OptionalLong.empty();
        for (List<Long> row : solutions(model)) {
            long v = new Solution(model, row.stream().mapToLong(Long::longValue).toArray()).value(stage.expression());
            if (best.isEmpty() || stage.sense().better(v, best.getAsLong())) {
                best = OptionalLong.of(v);
            }
        }
        return best;
    }

    static Optional<Sense> sense(Model model) {
        return model.objective().map(o -> o.first().sense());
    }
}
