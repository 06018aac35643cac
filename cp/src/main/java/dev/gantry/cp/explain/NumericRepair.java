package dev.gantry.cp.explain;

import dev.gantry.modeling.api.Constraints;
import dev.gantry.modeling.api.Domain;
import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.IntervalVar;
import dev.gantry.modeling.api.LinExpr;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.ModelBuilder;
import dev.gantry.modeling.api.Param;
import dev.gantry.modeling.api.PostedConstraint;
import dev.gantry.modeling.api.ReferenceSemantics;
import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.api.Status;
import dev.gantry.modeling.impl.ConstraintMapper;
import java.util.List;
import java.util.OptionalLong;

/**
 * E8: parameter p becomes a variable over the allowed range, every group stays on, and the solver minimises
 * |p − p₀| (one-sided: p or −p). The answer p* is then checked on the model itself: feasible at p* with a witness the
 * reference semantics accepts and, when proven optimal and one-sided, infeasible one step before.
 */
final class NumericRepair {
    private NumericRepair() {
    }

    static Repair find(Run run, RepairRequest request) {
        Model model = run.model;
        Param p = model.param(request.param()).orElseThrow(() -> new IllegalArgumentException("model " + model.name()
                + " has no parameter " + request.param() + "; it has " + model.params().stream().map(Param::name).toList()));
        long p0 = model.paramValue(p);
        for (IntervalVar iv : model.intervals()) {
            for (LinExpr e : List.of(iv.start(), iv.size(), iv.end())) {
                for (int i = 0; i < e.paramCount(); i++) {
                    if (e.param(i) == p) {
                        throw new IllegalArgumentException("parameter " + p.name() + " sizes or places interval " + iv.name()
                                + "; numeric repair changes parameters of constraints only. Maybe bound the interval by a constraint on " + p.name() + ".");
                    }
                }
            }
        }
        long reach = Math.max(1000, Math.multiplyExact(100, Math.abs(p0)));
        long lo = request.direction() == Direction.INCREASE ? p0 : request.lo().orElse(p0 - reach);
        long hi = request.direction() == Direction.DECREASE ? p0 : request.hi().orElse(p0 + reach);
        if (lo > p0 || hi < p0) {
            throw new IllegalArgumentException("repair range [" + lo + ", " + hi + "] of " + p.name() + " excludes its value " + p0);
        }

        ModelBuilder b = model.deriveWithoutConstraints().clearObjective();
        IntVar value = b.auxIntVar("repair/" + p.name(), Domain.range(lo, hi));
        ConstraintMapper replace = new ConstraintMapper(e -> replaced(e, p, value, model));
        for (PostedConstraint pc : model.constraints()) {
            b.post(pc.constraint().accept(replace), pc.group());
        }
        switch (request.direction()) {
            case INCREASE -> b.minimize(value);
            case DECREASE -> b.maximize(value);
            case ANY -> {
                IntVar distance = b.auxIntVar("distance", Domain.range(0, Math.max(hi - p0, p0 - lo)));
                b.add(Constraints.abs(distance, value.minus(p0)));
                b.minimize(distance);
            }
        }
        SolveResult r = run.solve(b.build(), true);
        if (r.status() == Status.INFEASIBLE) {
            return new Repair(p.name(), p0, OptionalLong.empty(), true, true, "", "no value in [" + lo + ", " + hi + "] restores feasibility");
        }
        if (!r.hasSolution()) {
            return new Repair(p.name(), p0, OptionalLong.empty(), false, false, "", "the search stopped at " + r.termination() + " before finding a value");
        }
        long best = r.solution().value(value);
        boolean optimal = r.status() == Status.OPTIMAL;
        StringBuilder note = new StringBuilder();
        boolean verified = feasibleAt(run, model, p, best, note);
        if (optimal && request.direction() != Direction.ANY && best != p0) {
            long before = request.direction() == Direction.INCREASE ? best - 1 : best + 1;
            SolveResult r2 = run.solve(model.withParam(p.name(), before).derive().clearObjective().build(), false);
            if (r2.status() != Status.INFEASIBLE) {
                verified = false;
                note.append(note.length() == 0 ? "" : "; ").append(p.name()).append(" = ").append(before)
                        .append(r2.hasSolution() ? " is feasible too" : " was not decided (" + r2.termination() + ")");
            }
        }
        return new Repair(p.name(), p0, OptionalLong.of(best), optimal, verified, request.sentence(p0, best), note.toString());
    }

    private static boolean feasibleAt(Run run, Model model, Param p, long value, StringBuilder note) {
        Model at = model.withParam(p.name(), value).derive().clearObjective().build();
        SolveResult r = run.solve(at, false);
        if (r.hasSolution() && ReferenceSemantics.check(at, r.solution().values()).isEmpty()) {
            return true;
        }
        note.append(p.name()).append(" = ").append(value).append(r.hasSolution() ? ": the witness fails the reference semantics"
                : ": not shown feasible (" + r.status() + ")");
        return false;
    }

    /** The expression with p replaced by the variable and every other parameter by its value. */
    private static LinExpr replaced(LinExpr e, Param p, IntVar value, Model model) {
        if (!e.hasParams()) {
            return e;
        }
        long coefficient = 0;
        for (int i = 0; i < e.paramCount(); i++) {
            if (e.param(i) == p) {
                coefficient += e.paramCoefficient(i);
            }
        }
        LinExpr rest = e.substitute(q -> q == p ? 0 : model.paramValue(q));
        return coefficient == 0 ? rest : rest.plus(value.times(coefficient));
    }
}
