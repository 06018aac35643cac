package dev.gantry.cp.sat;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CumulativeConstraint;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.TableConstraint;
import dev.gantry.modeling.api.Abs;
import dev.gantry.modeling.api.AllDifferent;
import dev.gantry.modeling.api.AtMostOne;
import dev.gantry.modeling.api.BoolVar;
import dev.gantry.modeling.api.Clause;

import dev.gantry.modeling.api.ConstraintVisitor;
import dev.gantry.modeling.api.Cumulative;
import dev.gantry.modeling.api.Div;
import dev.gantry.modeling.api.Divisible;
import dev.gantry.modeling.api.Domain;
import dev.gantry.modeling.api.Element;
import dev.gantry.modeling.api.ExactlyOne;
import dev.gantry.modeling.api.Implies;
import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.IntervalVar;
import dev.gantry.modeling.api.LinExpr;
import dev.gantry.modeling.api.Linear;
import dev.gantry.modeling.api.Literal;
import dev.gantry.modeling.api.MaxOf;
import dev.gantry.modeling.api.MinOf;
import dev.gantry.modeling.api.Mod;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.Mul;
import dev.gantry.modeling.api.NoOverlap;
import dev.gantry.modeling.api.Objective;
import dev.gantry.modeling.api.PostedConstraint;
import dev.gantry.modeling.api.Reify;
import dev.gantry.modeling.api.Sense;
import dev.gantry.modeling.api.Table;
import dev.gantry.modeling.spi.UnsupportedModelException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Emits a lowered model as a CP-SAT model; every constraint reaching it is of a native shape. */
final class CpSatEmitter implements ConstraintVisitor<com.google.ortools.sat.Constraint> {
    private final CpModel cp = new CpModel();
    private final com.google.ortools.sat.IntVar[] vars;
    private final com.google.ortools.sat.IntervalVar[] intervals;
    private final Model model;

    private CpSatEmitter(Model model) {
        this.model = model;
        this.vars = new com.google.ortools.sat.IntVar[model.variables().size()];
        this.intervals = new com.google.ortools.sat.IntervalVar[model.intervals().size()];
    }

    /** The native model, with the variable array aligned to {@code model.variables()}. */
    record Emitted(CpModel cpModel, com.google.ortools.sat.IntVar[] variables) {
    }

    static Emitted emit(Model model) {
        CpSatEmitter e = new CpSatEmitter(model);
        e.emitVariables();
        for (PostedConstraint pc : model.constraints()) {
            pc.constraint().accept(e);
        }
        model.objective().ifPresent(e::emitObjective);
        return new Emitted(e.cp, e.vars);
    }

    private void emitVariables() {
        for (IntVar v : model.variables()) {
            Domain d = v.domain();
            if (v instanceof BoolVar) {
                vars[v.index()] = cp.newBoolVar(v.name());
            } else if (d.isRange()) {
                vars[v.index()] = cp.newIntVar(d.min(), d.max(), v.name());
            } else {
                vars[v.index()] = cp.newIntVarFromDomain(com.google.ortools.util.Domain.fromFlatIntervals(d.flatIntervals()), v.name());
            }
        }
        for (IntervalVar iv : model.intervals()) {
            LinearArgument start = arg(iv.start());
            com.google.ortools.sat.IntervalVar native_;
            if (iv.isOptional()) {
                com.google.ortools.sat.Literal p = lit(iv.presence().orElseThrow());
                native_ = iv.hasFixedSize()
                        ? cp.newOptionalFixedSizeIntervalVar(start, iv.size().constant(), p, iv.name())
                        : cp.newOptionalIntervalVar(start, arg(iv.size()), arg(iv.end()), p, iv.name());
            } else {
                native_ = iv.hasFixedSize()
                        ? cp.newFixedSizeIntervalVar(start, iv.size().constant(), iv.name())
                        : cp.newIntervalVar(start, arg(iv.size()), arg(iv.end()), iv.name());
            }
            intervals[iv.index()] = native_;
        }
    }

    private void emitObjective(Objective o) {
        if (o.isLexicographic()) {
            throw new UnsupportedModelException("CP-SAT takes one objective at a time; the driver solves stages in turn");
        }
        Objective.Stage s = o.first();
        if (s.sense() == Sense.MINIMIZE) {
            cp.minimize(arg(s.expression()));
        } else {
            cp.maximize(arg(s.expression()));
        }
    }

    /** A linear expression as a CP-SAT argument; a lone variable goes through as itself. */
    LinearArgument arg(LinExpr e) {
        if (e.isSingleVariable()) {
            return vars[e.variable(0).index()];
        }
        if (e.hasParams()) {
            throw new UnsupportedModelException("parameter left in " + e + " after lowering");
        }
        if (e.size() == 1) {
            return LinearExpr.affine(vars[e.variable(0).index()], e.coefficient(0), e.constant());
        }
        LinearExprBuilder b = LinearExpr.newBuilder();
        for (int i = 0; i < e.size(); i++) {
            b.addTerm(vars[e.variable(i).index()], e.coefficient(i));
        }
        return b.add(e.constant()).build();
    }

    /** CP-SAT's global constraints take affine arguments; anything longer is named by a fresh native variable. */
    private LinearArgument affine(LinExpr e) {
        if (e.isAffine()) {
            return arg(e);
        }
        com.google.ortools.sat.IntVar v = cp.newIntVar(e.min(p -> 0), e.max(p -> 0), "");
        cp.addEquality(v, arg(e));
        return v;
    }

    private LinearArgument[] affine(List<LinExpr> es) {
        return es.stream().map(this::affine).toArray(LinearArgument[]::new);
    }

    private com.google.ortools.sat.Literal lit(Literal l) {
        com.google.ortools.sat.Literal v = (com.google.ortools.sat.Literal) vars[l.variable().index()];
        return l.negated() ? v.not() : v;
    }

    private com.google.ortools.sat.Literal[] lits(List<Literal> ls) {
        return ls.stream().map(this::lit).toArray(com.google.ortools.sat.Literal[]::new);
    }

    private com.google.ortools.sat.IntervalVar[] natives(List<IntervalVar> ivs) {
        return ivs.stream().map(iv -> intervals[iv.index()]).toArray(com.google.ortools.sat.IntervalVar[]::new);
    }

    @Override
    public com.google.ortools.sat.Constraint visit(Linear c) {
        LinearArgument l = arg(c.left());
        LinearArgument r = arg(c.right());
        return switch (c.relation()) {
            case LE -> cp.addLessOrEqual(l, r);
            case LT -> cp.addLessOrEqual(arg(c.left().plus(1)), r);
            case GE -> cp.addGreaterOrEqual(l, r);
            case GT -> cp.addGreaterOrEqual(l, arg(c.right().plus(1)));
            case EQ -> cp.addEquality(l, r);
            case NE -> cp.addDifferent(l, r);
        };
    }

    @Override
    public com.google.ortools.sat.Constraint visit(AllDifferent c) {
        return cp.addAllDifferent(affine(c.expressions()));
    }

    @Override
    public com.google.ortools.sat.Constraint visit(Element c) {
        return cp.addElement(affine(c.index()), affine(c.array()), affine(c.target()));
    }

    @Override
    public com.google.ortools.sat.Constraint visit(Table c) {
        TableConstraint t = c.forbidden() ? cp.addForbiddenAssignments(affine(c.expressions()))
                : cp.addAllowedAssignments(affine(c.expressions()));
        Set<List<Long>> seen = new HashSet<>();
        for (long[] tuple : c.tuples()) {
            if (seen.add(java.util.Arrays.stream(tuple).boxed().toList())) {
                t.addTuple(tuple);
            }
        }
        return t;
    }

    @Override
    public com.google.ortools.sat.Constraint visit(NoOverlap c) {
        // lowering left only STRICT here, which is CP-SAT's native semantics
        return cp.addNoOverlap(natives(c.intervals()));
    }

    @Override
    public com.google.ortools.sat.Constraint visit(Cumulative c) {
        CumulativeConstraint cu = cp.addCumulative(affine(c.capacity()));
        for (int i = 0; i < c.intervals().size(); i++) {
            cu.addDemand(intervals[c.intervals().get(i).index()], affine(c.demands().get(i)));
        }
        return cu;
    }

    @Override
    public com.google.ortools.sat.Constraint visit(Implies c) {
        com.google.ortools.sat.Constraint inner = c.then().accept(this);
        inner.onlyEnforceIf(lit(c.condition()));
        return inner;
    }

    @Override
    public com.google.ortools.sat.Constraint visit(Reify c) {
        throw new UnsupportedModelException("reification reached the CP-SAT emitter; lowering should have rewritten it");
    }

    @Override
    public com.google.ortools.sat.Constraint visit(Clause c) {
        return cp.addBoolOr(lits(c.literals()));
    }

    @Override
    public com.google.ortools.sat.Constraint visit(AtMostOne c) {
        return cp.addAtMostOne(lits(c.literals()));
    }

    @Override
    public com.google.ortools.sat.Constraint visit(ExactlyOne c) {
        return cp.addExactlyOne(lits(c.literals()));
    }

    @Override
    public com.google.ortools.sat.Constraint visit(MinOf c) {
        return cp.addMinEquality(affine(c.target()), affine(c.arguments()));
    }

    @Override
    public com.google.ortools.sat.Constraint visit(MaxOf c) {
        return cp.addMaxEquality(affine(c.target()), affine(c.arguments()));
    }

    @Override
    public com.google.ortools.sat.Constraint visit(Abs c) {
        return cp.addAbsEquality(affine(c.target()), affine(c.argument()));
    }

    @Override
    public com.google.ortools.sat.Constraint visit(Mul c) {
        return cp.addMultiplicationEquality(affine(c.target()), affine(c.left()), affine(c.right()));
    }

    @Override
    public com.google.ortools.sat.Constraint visit(Div c) {
        return cp.addDivisionEquality(affine(c.target()), affine(c.dividend()), affine(c.divisor()));
    }

    @Override
    public com.google.ortools.sat.Constraint visit(Mod c) {
        return cp.addModuloEquality(affine(c.target()), affine(c.dividend()), affine(c.divisor()));
    }

    @Override
    public com.google.ortools.sat.Constraint visit(Divisible c) {
        throw new UnsupportedModelException("divisibility reached the CP-SAT emitter; lowering should have rewritten it");
    }

}
