package dev.gantry.cp.explain;

import dev.gantry.modeling.api.BoolVar;
import dev.gantry.modeling.api.Clause;
import dev.gantry.modeling.api.Constraint;
import dev.gantry.modeling.api.Group;
import dev.gantry.modeling.api.Implies;
import dev.gantry.modeling.api.LinExpr;
import dev.gantry.modeling.api.Literal;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.ModelBuilder;
import dev.gantry.modeling.api.PostedConstraint;
import dev.gantry.modeling.api.Reify;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The user's model with one assumption literal {@code a_g} per candidate group (E2): every constraint of g is enforced
 * by {@code a_g}, the background and the other groups stay hard, the objective is dropped (or-tools#3943). NoOverlap
 * and Cumulative under {@code a_g} reach CP-SAT as shadow optional intervals present with {@code a_g} (E3, the
 * lowering's resource-under-implication rewrite). The user's variables keep their indices, so a solution of this
 * model, truncated, is an assignment of the user's model.
 */
final class AssumptionModel {
    private final Model original;
    private final Model model;
    private final Map<Group, BoolVar> literals;

    private AssumptionModel(Model original, Model model, Map<Group, BoolVar> literals) {
        this.original = original;
        this.model = model;
        this.literals = literals;
    }

    static AssumptionModel of(Model original, List<Group> candidates) {
        ModelBuilder b = original.deriveWithoutConstraints().clearObjective();
        Map<Group, BoolVar> literals = new LinkedHashMap<>();
        Map<String, BoolVar> byName = new LinkedHashMap<>();
        for (Group g : candidates) {
            BoolVar a = b.auxBoolVar("assume/" + g.name());
            literals.put(g, a);
            byName.put(g.name(), a);
        }
        for (PostedConstraint pc : original.constraints()) {
            BoolVar a = pc.isBackground() ? null : byName.get(pc.group().name());
            if (a == null) {
                b.post(pc.constraint(), pc.group());
            } else {
                enforce(b, a, pc.constraint(), pc.group());
            }
        }
        return new AssumptionModel(original, b.build(), literals);
    }

    /** {@code a ⇒ c}, with nested enforcement flattened so the lowering sees one literal per constraint. */
    private static void enforce(ModelBuilder b, BoolVar a, Constraint c, Group group) {
        if (c instanceof Clause clause) {
            List<Literal> lits = new ArrayList<>(clause.literals().size() + 1);
            lits.add(a.not());
            lits.addAll(clause.literals());
            b.post(new Clause(lits), group);
        } else if (c instanceof Implies im) {
            // a ∧ l ⇒ inner, through q with (a ∧ l) ⇒ q; q is otherwise free, so it never restricts more than the original
            BoolVar q = b.auxBoolVar("and");
            b.post(new Clause(List.of(a.not(), im.condition().not(), q)), group);
            b.post(new Implies(q, im.then()), group);
        } else if (c instanceof Reify r) {
            // a ⇒ (r ⇔ inner), through a fresh indicator r' ⇔ inner (always satisfiable) and a ⇒ (r ⇔ r')
            BoolVar fresh = b.auxBoolVar("reif");
            b.post(new Reify(fresh, r.constraint()), group);
            b.post(new Clause(List.of(a.not(), r.indicator().not(), fresh)), group);
            b.post(new Clause(List.of(a.not(), r.indicator(), fresh.not())), group);
        } else {
            b.post(new Implies(a, c), group);
        }
    }

    Model original() {
        return original;
    }

    /** The model with assumption literals, no objective. */
    Model model() {
        return model;
    }

    Map<Group, BoolVar> literals() {
        return literals;
    }

    /** The model minimising the weight of the groups switched off: the correction-set model of E7. */
    Model correctionModel() {
        List<LinExpr> off = new ArrayList<>();
        for (Map.Entry<Group, BoolVar> e : literals.entrySet()) {
            off.add(LinExpr.constant(e.getKey().weight()).minus(e.getValue().times(e.getKey().weight())));
        }
        ModelBuilder b = model.derive();
        b.minimize(LinExpr.sum(off));
        return b.build();
    }
}
