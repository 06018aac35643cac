package dev.gantry.cp.explain;

import dev.gantry.modeling.api.Group;
import dev.gantry.modeling.api.Literal;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.spi.AssumingCompiled;
import dev.gantry.modeling.spi.AssumptionOutcome;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks on one compiled model with assumption literals (CP-SAT): one worker, no objective, so the core CP-SAT
 * returns is already reduced (or-tools#3102); only assumed literals are kept from it (or-tools#5141).
 */
final class NativeAssumptionSolver extends AbstractAssumptionSolver {
    private final AssumptionModel model;
    private final AssumingCompiled compiled;

    NativeAssumptionSolver(AssumptionModel model, AssumingCompiled compiled, Budget budget, long seed) {
        super(model.original(), budget, seed);
        this.model = model;
        this.compiled = compiled;
    }

    @Override
    Check solve(Set<Group> groups, SolveOptions options) {
        List<Literal> assumptions = new ArrayList<>();
        for (Map.Entry<Group, ? extends Literal> e : model.literals().entrySet()) {
            if (groups.contains(e.getKey())) {
                assumptions.add(e.getValue());
            }
        }
        AssumptionOutcome outcome = compiled.solveAssuming(assumptions, options);
        return outcome(outcome.result(), () -> {
            Set<Group> blamed = new LinkedHashSet<>();
            for (Map.Entry<Group, ? extends Literal> e : model.literals().entrySet()) {
                if (outcome.core().contains(e.getValue())) {
                    blamed.add(e.getKey());
                }
            }
            return blamed;
        }, options);
    }
}
