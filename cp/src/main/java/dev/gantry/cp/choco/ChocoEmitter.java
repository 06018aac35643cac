package dev.gantry.cp.choco;

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
import dev.gantry.modeling.api.PostedConstraint;
import dev.gantry.modeling.api.Reify;
import dev.gantry.modeling.api.Table;
import dev.gantry.modeling.spi.UnsupportedModelException;
import java.util.List;
import org.chocosolver.solver.constraints.Constraint;
import org.chocosolver.solver.constraints.extension.Tuples;
import org.chocosolver.solver.variables.BoolVar;
import org.chocosolver.solver.variables.IntVar;
import org.chocosolver.solver.variables.Task;

/**
 * Emits a lowered model as a Choco model. Each visit returns an unposted Choco constraint, so implications and
 * reifications can wrap it; {@link #emit} posts the top level. Choco's integers are {@code int}, bounded by
 * ±{@value #LIMIT}: anything wider is refused (S6), never truncated.
 */
final class ChocoEmitter implements ConstraintVisitor<Constraint> {
    static final int LIMIT = IntVar.MAX_INT_BOUND;

    private final org.chocosolver.solver.Model cm;
    private final IntVar[] vars;
    private final Model model;

    private ChocoEmitter(Model model) {
        this.model = model;
        this.cm = new org.chocosolver.solver.Model(model.name());
        this.vars = new IntVar[model.variables().size()];
    }

    record Emitted(org.chocosolver.solver.Model chocoModel, IntVar[] variables, IntVar objective) {
    }

    static Emitted emit(Model model) {
        ChocoEmitter e = new ChocoEmitter(model);
        e.emitVariables();
        for (PostedConstraint pc : model.constraints()) {
            Constraint c = pc.constraint().accept(e);
            if (c != null) {
                c.post();
            }
        }
        IntVar objective = model.objective().map(o -> e.var(o.first().expression())).orElse(null);
        return new Emitted(e.cm, e.vars, objective);
    }

    private void emitVariables() {
        for (dev.gantry.modeling.api.IntVar v : model.variables()) {
            Domain d = v.domain();
            checkRange(d.min(), d.max(), "variable " + v.name() + " has domain " + d);
            if (v instanceof dev.gantry.modeling.api.BoolVar) {
                vars[v.index()] = cm.boolVar(v.name());
            } else if (d.isRange()) {
                vars[v.index()] = cm.intVar(v.name(), (int) d.min(), (int) d.max(), d.max() - d.min() > 4096);
            } else {
                vars[v.index()] = cm.intVar(v.name(), d.values().mapToInt(x -> (int) x).toArray());
            }
        }
        for (IntervalVar iv : model.intervals()) {
            if (iv.hasFixedSize()) {
                continue;
            }
            // start + size = end: always for mandatory intervals, only when present for optional ones (S3)
            Constraint c = linear(iv.start().plus(iv.size()).minus(iv.end()), "=");
            if (iv.isOptional()) {
                cm.ifThen(lit(iv.presence().orElseThrow()), c);
            } else {
                c.post();
            }
        }
    }

    private void checkRange(long lo, long hi, String what) {
        if (lo < -LIMIT || hi > LIMIT) {
            throw new UnsupportedModelException("Choco's integers are limited to ±" + LIMIT + " (S6), but " + what
                    + ". Maybe rescale the data, or use the cpsat backend.");
        }
    }

    /** An expression as a Choco variable: itself, a view, a constant, or a fresh variable tied by a scalar. */
    IntVar var(LinExpr e) {
        long lo = e.min(p -> 0);
        long hi = e.max(p -> 0);
        checkRange(lo, hi, "the expression " + e + " ranges over [" + lo + ", " + hi + "]");
        if (e.isConstant()) {
            return cm.intVar((int) e.constant());
        }
        if (e.isSingleVariable()) {
            return vars[e.variable(0).index()];
        }
        if (e.size() == 1) {
            IntVar x = vars[e.variable(0).index()];
            long a = e.coefficient(0);
            IntVar scaled = a == 1 ? x : a == -1 ? cm.intMinusView(x)
                    : a > 0 ? cm.intScaleView(x, (int) a) : cm.intMinusView(cm.intScaleView(x, (int) -a));
            return e.constant() == 0 ? scaled : cm.intOffsetView(scaled, (int) e.constant());
        }
        IntVar aux = cm.intVar((int) lo, (int) hi, hi - lo > 4096);
        linear(e, "=", aux).post();
        return aux;
    }

    private IntVar[] vars(List<LinExpr> es) {
        return es.stream().map(this::var).toArray(IntVar[]::new);
    }

    private BoolVar lit(Literal l) {
        BoolVar b = (BoolVar) vars[l.variable().index()];
        return l.negated() ? b.not() : b;
    }

    private BoolVar[] lits(List<Literal> ls) {
        return ls.stream().map(this::lit).toArray(BoolVar[]::new);
    }

    /** {@code Σ aᵢxᵢ + c op 0}. */
    private Constraint linear(LinExpr e, String op) {
        return linear(e, op, null);
    }

    /** {@code Σ aᵢxᵢ + c op target} (target may be null for 0). */
    private Constraint linear(LinExpr e, String op, IntVar target) {
        int n = e.size() + (target == null ? 0 : 1);
        IntVar[] xs = new IntVar[n];
        int[] cs = new int[n];
        for (int i = 0; i < e.size(); i++) {
            xs[i] = vars[e.variable(i).index()];
            cs[i] = Math.toIntExact(e.coefficient(i));
        }
        if (target != null) {
            xs[n - 1] = target;
            cs[n - 1] = -1;
        }
        long rhs = -e.constant();
        checkRange(rhs, rhs, "the constant " + rhs);
        if (n == 0) {
            return holds(0, op, rhs) ? cm.trueConstraint() : cm.falseConstraint();
        }
        return cm.scalar(xs, cs, op, (int) rhs);
    }

    private static boolean holds(long l, String op, long r) {
        return switch (op) {
            case "<=" -> l <= r;
            case "<" -> l < r;
            case ">=" -> l >= r;
            case ">" -> l > r;
            case "=" -> l == r;
            default -> l != r;
        };
    }

    @Override
    public Constraint visit(Linear c) {
        String op = switch (c.relation()) {
            case LE -> "<=";
            case LT -> "<";
            case GE -> ">=";
            case GT -> ">";
            case EQ -> "=";
            case NE -> "!=";
        };
        return linear(c.difference(), op);
    }

    @Override
    public Constraint visit(AllDifferent c) {
        return cm.allDifferent(vars(c.expressions()));
    }

    @Override
    public Constraint visit(Element c) {
        if (c.array().stream().allMatch(LinExpr::isConstant)) {
            int[] table = c.array().stream().mapToInt(e -> (int) e.constant()).toArray();
            return cm.element(var(c.target()), table, var(c.index()), 0);
        }
        return cm.element(var(c.target()), vars(c.array()), var(c.index()), 0);
    }

    @Override
    public Constraint visit(Table c) {
        Tuples tuples = new Tuples(!c.forbidden());
        for (long[] t : c.tuples()) {
            int[] row = new int[t.length];
            for (int i = 0; i < t.length; i++) {
                checkRange(t[i], t[i], "a table holds " + t[i]);
                row[i] = (int) t[i];
            }
            tuples.add(row);
        }
        return cm.table(vars(c.expressions()), tuples);
    }

    @Override
    public Constraint visit(NoOverlap c) {
        throw new UnsupportedModelException("NoOverlap reached the Choco emitter; lowering should have made it a cumulative");
    }

    @Override
    public Constraint visit(Cumulative c) {
        int n = c.intervals().size();
        Task[] tasks = new Task[n];
        IntVar[] heights = new IntVar[n];
        for (int i = 0; i < n; i++) {
            IntervalVar iv = c.intervals().get(i);
            tasks[i] = task(iv);
            IntVar demand = var(c.demands().get(i));
            // an absent interval demands nothing (S3)
            heights[i] = iv.isOptional() ? times(lit(iv.presence().orElseThrow()), demand) : demand;
        }
        return cm.cumulative(tasks, heights, var(c.capacity()));
    }

    private Task task(IntervalVar iv) {
        IntVar start = var(iv.start());
        if (iv.hasFixedSize()) {
            return new Task(start, (int) iv.size().constant());
        }
        if (!iv.isOptional()) {
            return new Task(start, var(iv.size()), var(iv.end()));
        }
        // Choco's Task always keeps start + size = end; an absent optional interval must stay free (S3), so the
        // task gets its own copies, equal to the interval's parts only when present.
        IntVar s = copy(iv.start());
        IntVar d = copy(iv.size());
        IntVar e = cm.intVar(s.getLB() + d.getLB(), s.getUB() + d.getUB(), true);
        cm.arithm(s, "+", d, "=", e).post();
        BoolVar p = lit(iv.presence().orElseThrow());
        cm.ifThen(p, cm.arithm(s, "=", var(iv.start())));
        cm.ifThen(p, cm.arithm(d, "=", var(iv.size())));
        return new Task(s, d, e);
    }

    private IntVar copy(LinExpr e) {
        long lo = e.min(p -> 0);
        long hi = e.max(p -> 0);
        return cm.intVar((int) lo, (int) hi, true);
    }

    private IntVar times(BoolVar present, IntVar demand) {
        if (demand.isInstantiated()) {
            int h = demand.getValue();
            return h == 0 ? demand : h == 1 ? present : cm.intScaleView(present, h);
        }
        IntVar h = cm.intVar(Math.min(0, demand.getLB()), Math.max(0, demand.getUB()), true);
        cm.times(present, demand, h).post();
        return h;
    }

    @Override
    public Constraint visit(Implies c) {
        cm.ifThen(lit(c.condition()), c.then().accept(this));
        return null;
    }

    @Override
    public Constraint visit(Reify c) {
        c.constraint().accept(this).reifyWith(lit(c.indicator()));
        return null;
    }

    @Override
    public Constraint visit(Clause c) {
        return cm.sum(lits(c.literals()), ">=", 1);
    }

    @Override
    public Constraint visit(AtMostOne c) {
        return cm.sum(lits(c.literals()), "<=", 1);
    }

    @Override
    public Constraint visit(ExactlyOne c) {
        return cm.sum(lits(c.literals()), "=", 1);
    }

    @Override
    public Constraint visit(MinOf c) {
        return cm.min(var(c.target()), vars(c.arguments()));
    }

    @Override
    public Constraint visit(MaxOf c) {
        return cm.max(var(c.target()), vars(c.arguments()));
    }

    @Override
    public Constraint visit(Abs c) {
        return cm.absolute(var(c.target()), var(c.argument()));
    }

    @Override
    public Constraint visit(Mul c) {
        return cm.times(var(c.left()), var(c.right()), var(c.target()));
    }

    @Override
    public Constraint visit(Div c) {
        return cm.div(var(c.dividend()), var(c.divisor()), var(c.target()));
    }

    @Override
    public Constraint visit(Mod c) {
        return cm.mod(var(c.dividend()), var(c.divisor()), var(c.target()));
    }

    @Override
    public Constraint visit(Divisible c) {
        throw new UnsupportedModelException("divisibility reached the Choco emitter; lowering should have rewritten it");
    }
}
