package dev.gantry.cp.sat;

import com.google.ortools.sat.AllDifferentConstraintProto;
import com.google.ortools.sat.BoolArgumentProto;
import com.google.ortools.sat.ConstraintProto;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpModelProto;
import com.google.ortools.sat.CpObjectiveProto;
import com.google.ortools.sat.CumulativeConstraintProto;
import com.google.ortools.sat.ElementConstraintProto;
import com.google.ortools.sat.IntegerVariableProto;
import com.google.ortools.sat.IntervalConstraintProto;
import com.google.ortools.sat.LinearArgumentProto;
import com.google.ortools.sat.LinearConstraintProto;
import com.google.ortools.sat.LinearExpressionProto;
import com.google.ortools.sat.NoOverlapConstraintProto;
import com.google.ortools.sat.TableConstraintProto;
import dev.gantry.modeling.api.Abs;
import dev.gantry.modeling.api.AllDifferent;
import dev.gantry.modeling.api.AtMostOne;
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
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a lowered model straight into CP-SAT's protocol buffer, in the encoding OR-Tools' own Java API produces
 * (so a model written by hand against that API and the same model built through Gantry are the same proto), but
 * without the API's per-call objects: variables are proto indices, literals {@code i} or {@code -i-1}, intervals
 * the indices of their constraints. Every constraint reaching it has a native shape.
 */
final class CpSatEmitter implements ConstraintVisitor<ConstraintProto.Builder> {
    private final CpModel cp = new CpModel();
    private final CpModelProto.Builder proto = cp.getBuilder();
    private final int[] intervalIndex;
    private final Model model;

    private CpSatEmitter(Model model) {
        this.model = model;
        this.intervalIndex = new int[model.intervals().size()];
    }

    /** The native model; proto variable i is {@code model.variables().get(i)} (auxiliaries follow). */
    record Emitted(CpModel cpModel, int variableCount) {
    }

    static Emitted emit(Model model) {
        CpSatEmitter e = new CpSatEmitter(model);
        e.emitVariables();
        for (PostedConstraint pc : model.constraints()) {
            pc.constraint().accept(e);
        }
        model.objective().ifPresent(e::emitObjective);
        return new Emitted(e.cp, model.variables().size());
    }

    private void emitVariables() {
        for (IntVar v : model.variables()) {
            IntegerVariableProto.Builder b = proto.addVariablesBuilder().setName(v.name());
            Domain d = v.domain();
            for (int i = 0; i < d.intervalCount(); i++) {
                b.addDomain(d.intervalMin(i)).addDomain(d.intervalMax(i));
            }
        }
        for (IntervalVar iv : model.intervals()) {
            intervalIndex[iv.index()] = proto.getConstraintsCount();
            ConstraintProto.Builder c = proto.addConstraintsBuilder().setName(iv.name());
            iv.presence().ifPresent(p -> c.addEnforcementLiteral(lit(p)));
            IntervalConstraintProto.Builder ib = c.getIntervalBuilder();
            ib.setStart(expr(iv.start())).setEnd(expr(iv.end())).setSize(expr(iv.size()));
        }
    }

    private void emitObjective(Objective o) {
        if (o.isLexicographic()) {
            throw new UnsupportedModelException("CP-SAT takes one objective at a time; the driver solves stages in turn");
        }
        Objective.Stage s = o.first();
        LinExpr e = s.expression();
        boolean max = s.sense() == Sense.MAXIMIZE;
        long sign = max ? -1 : 1;
        CpObjectiveProto.Builder ob = proto.getObjectiveBuilder();
        for (int i = 0; i < e.size(); i++) {
            ob.addVars(e.variable(i).index()).addCoeffs(sign * e.coefficient(i));
        }
        ob.setOffset(sign * (double) e.constant());
        if (max) {
            ob.setScalingFactor(-1);
        }
    }

    /** A linear expression as a proto, terms in the expression's order. */
    private LinearExpressionProto.Builder expr(LinExpr e) {
        if (e.hasParams()) {
            throw new UnsupportedModelException("parameter left in " + e + " after lowering");
        }
        LinearExpressionProto.Builder b = LinearExpressionProto.newBuilder();
        for (int i = 0; i < e.size(); i++) {
            b.addVars(e.variable(i).index()).addCoeffs(e.coefficient(i));
        }
        return b.setOffset(e.constant());
    }

    /** CP-SAT's global constraints take affine arguments; anything longer is named by a fresh proto variable. */
    private LinearExpressionProto.Builder affine(LinExpr e) {
        if (e.isAffine()) {
            return expr(e);
        }
        int v = proto.getVariablesCount();
        proto.addVariablesBuilder().addDomain(e.min(p -> 0)).addDomain(e.max(p -> 0));
        LinearConstraintProto.Builder lb = proto.addConstraintsBuilder().getLinearBuilder();
        for (int i = 0; i < e.size(); i++) {
            lb.addVars(e.variable(i).index()).addCoeffs(e.coefficient(i));
        }
        lb.addVars(v).addCoeffs(-1).addDomain(-e.constant()).addDomain(-e.constant());
        return LinearExpressionProto.newBuilder().addVars(v).addCoeffs(1);
    }

    private static int lit(Literal l) {
        int i = l.variable().index();
        return l.negated() ? -i - 1 : i;
    }

    private ConstraintProto.Builder add() {
        return proto.addConstraintsBuilder();
    }

    @Override
    public ConstraintProto.Builder visit(Linear c) {
        LinExpr d = c.difference();
        int n = d.size();
        // terms sorted by variable, as OR-Tools' API writes them
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (n > 1) {
            Arrays.sort(order, (a, b) -> Integer.compare(d.variable(a).index(), d.variable(b).index()));
        }
        ConstraintProto.Builder cb = add();
        LinearConstraintProto.Builder lb = cb.getLinearBuilder();
        for (int i : order) {
            lb.addVars(d.variable(i).index()).addCoeffs(d.coefficient(i));
        }
        long rhs = -d.constant();
        switch (c.relation()) {
            case LE -> lb.addDomain(Long.MIN_VALUE).addDomain(rhs);
            case LT -> lb.addDomain(Long.MIN_VALUE).addDomain(rhs - 1);
            case GE -> lb.addDomain(rhs).addDomain(Long.MAX_VALUE);
            case GT -> lb.addDomain(rhs + 1).addDomain(Long.MAX_VALUE);
            case EQ -> lb.addDomain(rhs).addDomain(rhs);
            case NE -> lb.addDomain(Long.MIN_VALUE).addDomain(rhs - 1).addDomain(rhs + 1).addDomain(Long.MAX_VALUE);
        }
        return cb;
    }

    @Override
    public ConstraintProto.Builder visit(AllDifferent c) {
        ConstraintProto.Builder cb = add();
        AllDifferentConstraintProto.Builder b = cb.getAllDiffBuilder();
        c.expressions().forEach(e -> b.addExprs(affine(e)));
        return cb;
    }

    @Override
    public ConstraintProto.Builder visit(Element c) {
        LinearExpressionProto.Builder index = affine(c.index());
        LinearExpressionProto.Builder target = affine(c.target());
        ConstraintProto.Builder cb = add();
        ElementConstraintProto.Builder b = cb.getElementBuilder().setLinearIndex(index).setLinearTarget(target);
        c.array().forEach(e -> b.addExprs(affine(e)));
        return cb;
    }

    @Override
    public ConstraintProto.Builder visit(Table c) {
        List<LinearExpressionProto.Builder> exprs = c.expressions().stream().map(this::affine).toList();
        ConstraintProto.Builder cb = add();
        TableConstraintProto.Builder b = cb.getTableBuilder();
        exprs.forEach(b::addExprs);
        Set<List<Long>> seen = new HashSet<>();
        for (long[] tuple : c.tuples()) {
            if (seen.add(Arrays.stream(tuple).boxed().toList())) {
                for (long v : tuple) {
                    b.addValues(v);
                }
            }
        }
        if (c.forbidden()) {
            b.setNegated(true);
        }
        return cb;
    }

    @Override
    public ConstraintProto.Builder visit(NoOverlap c) {
        // lowering left only STRICT here, which is CP-SAT's native semantics
        ConstraintProto.Builder cb = add();
        NoOverlapConstraintProto.Builder b = cb.getNoOverlapBuilder();
        c.intervals().forEach(iv -> b.addIntervals(intervalIndex[iv.index()]));
        return cb;
    }

    @Override
    public ConstraintProto.Builder visit(Cumulative c) {
        LinearExpressionProto.Builder capacity = affine(c.capacity());
        List<LinearExpressionProto.Builder> demands = c.demands().stream().map(this::affine).toList();
        ConstraintProto.Builder cb = add();
        CumulativeConstraintProto.Builder b = cb.getCumulativeBuilder().setCapacity(capacity);
        for (int i = 0; i < c.intervals().size(); i++) {
            b.addIntervals(intervalIndex[c.intervals().get(i).index()]).addDemands(demands.get(i));
        }
        return cb;
    }

    @Override
    public ConstraintProto.Builder visit(Implies c) {
        return c.then().accept(this).addEnforcementLiteral(lit(c.condition()));
    }

    @Override
    public ConstraintProto.Builder visit(Reify c) {
        throw new UnsupportedModelException("reification reached the CP-SAT emitter; lowering should have rewritten it");
    }

    private ConstraintProto.Builder literals(List<Literal> ls, BoolArgumentProto.Builder b, ConstraintProto.Builder cb) {
        ls.forEach(l -> b.addLiterals(lit(l)));
        return cb;
    }

    @Override
    public ConstraintProto.Builder visit(Clause c) {
        ConstraintProto.Builder cb = add();
        return literals(c.literals(), cb.getBoolOrBuilder(), cb);
    }

    @Override
    public ConstraintProto.Builder visit(AtMostOne c) {
        ConstraintProto.Builder cb = add();
        return literals(c.literals(), cb.getAtMostOneBuilder(), cb);
    }

    @Override
    public ConstraintProto.Builder visit(ExactlyOne c) {
        ConstraintProto.Builder cb = add();
        return literals(c.literals(), cb.getExactlyOneBuilder(), cb);
    }

    /** {@code target = max(args)}; CP-SAT has no min, so min is written as {@code -target = max(-args)}. */
    private ConstraintProto.Builder linMax(LinExpr target, List<LinExpr> args, boolean negate) {
        long sign = negate ? -1 : 1;
        LinearExpressionProto.Builder t = affine(target.times(sign));
        List<LinearExpressionProto.Builder> es = args.stream().map(a -> affine(a.times(sign))).toList();
        ConstraintProto.Builder cb = add();
        LinearArgumentProto.Builder b = cb.getLinMaxBuilder().setTarget(t);
        es.forEach(b::addExprs);
        return cb;
    }

    @Override
    public ConstraintProto.Builder visit(MinOf c) {
        return linMax(c.target(), c.arguments(), true);
    }

    @Override
    public ConstraintProto.Builder visit(MaxOf c) {
        return linMax(c.target(), c.arguments(), false);
    }

    @Override
    public ConstraintProto.Builder visit(Abs c) {
        return linMax(c.target(), List.of(c.argument(), c.argument().negate()), false);
    }

    /** int_prod, int_div and int_mod: {@code target = f(first, second)}. */
    private ConstraintProto.Builder function(LinExpr target, LinExpr first, LinExpr second, FunctionKind kind) {
        LinearExpressionProto.Builder t = affine(target);
        LinearExpressionProto.Builder a = affine(first);
        LinearExpressionProto.Builder b = affine(second);
        ConstraintProto.Builder cb = add();
        LinearArgumentProto.Builder f = switch (kind) {
            case PRODUCT -> cb.getIntProdBuilder();
            case DIVISION -> cb.getIntDivBuilder();
            case MODULO -> cb.getIntModBuilder();
        };
        f.setTarget(t).addExprs(a).addExprs(b);
        return cb;
    }

    private enum FunctionKind {
        PRODUCT, DIVISION, MODULO
    }

    @Override
    public ConstraintProto.Builder visit(Mul c) {
        return function(c.target(), c.left(), c.right(), FunctionKind.PRODUCT);
    }

    @Override
    public ConstraintProto.Builder visit(Div c) {
        return function(c.target(), c.dividend(), c.divisor(), FunctionKind.DIVISION);
    }

    @Override
    public ConstraintProto.Builder visit(Mod c) {
        return function(c.target(), c.dividend(), c.divisor(), FunctionKind.MODULO);
    }

    @Override
    public ConstraintProto.Builder visit(Divisible c) {
        throw new UnsupportedModelException("divisibility reached the CP-SAT emitter; lowering should have rewritten it");
    }
}
