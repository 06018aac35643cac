package dev.gantry.modeling.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The expressions and variables a constraint mentions (nested constraints and interval parts included). */
public final class ConstraintScope {
    private ConstraintScope() {
    }

    /** Every linear expression the constraint reads, literals as 0/1 expressions, intervals as start, size, end, presence. */
    public static List<LinExpr> expressions(Constraint c) {
        List<LinExpr> out = new ArrayList<>();
        c.accept(new Collector(out));
        return out;
    }

    /** The distinct variables of the constraint, in order of appearance. */
    public static Set<IntVar> variables(Constraint c) {
        Set<IntVar> vars = new LinkedHashSet<>();
        for (LinExpr e : expressions(c)) {
            vars.addAll(e.variables());
        }
        return vars;
    }

    static void addInterval(List<LinExpr> out, IntervalVar iv) {
        out.add(iv.start());
        out.add(iv.size());
        out.add(iv.end());
        iv.presence().ifPresent(p -> out.add(p.asExpr()));
    }

    private record Collector(List<LinExpr> out) implements ConstraintVisitor<Void> {
        @Override
        public Void visit(Linear c) {
            out.add(c.left());
            out.add(c.right());
            return null;
        }

        @Override
        public Void visit(AllDifferent c) {
            out.addAll(c.expressions());
            return null;
        }

        @Override
        public Void visit(Element c) {
            out.add(c.index());
            out.addAll(c.array());
            out.add(c.target());
            return null;
        }

        @Override
        public Void visit(Table c) {
            out.addAll(c.expressions());
            return null;
        }

        @Override
        public Void visit(NoOverlap c) {
            c.intervals().forEach(iv -> addInterval(out, iv));
            return null;
        }

        @Override
        public Void visit(Cumulative c) {
            c.intervals().forEach(iv -> addInterval(out, iv));
            out.addAll(c.demands());
            out.add(c.capacity());
            return null;
        }

        @Override
        public Void visit(Implies c) {
            out.add(c.condition().asExpr());
            c.then().accept(this);
            return null;
        }

        @Override
        public Void visit(Reify c) {
            out.add(c.indicator().asExpr());
            c.constraint().accept(this);
            return null;
        }

        @Override
        public Void visit(Clause c) {
            c.literals().forEach(l -> out.add(l.asExpr()));
            return null;
        }

        @Override
        public Void visit(AtMostOne c) {
            c.literals().forEach(l -> out.add(l.asExpr()));
            return null;
        }

        @Override
        public Void visit(ExactlyOne c) {
            c.literals().forEach(l -> out.add(l.asExpr()));
            return null;
        }

        @Override
        public Void visit(MinOf c) {
            out.add(c.target());
            out.addAll(c.arguments());
            return null;
        }

        @Override
        public Void visit(MaxOf c) {
            out.add(c.target());
            out.addAll(c.arguments());
            return null;
        }

        @Override
        public Void visit(Abs c) {
            out.add(c.target());
            out.add(c.argument());
            return null;
        }

        @Override
        public Void visit(Mul c) {
            out.add(c.target());
            out.add(c.left());
            out.add(c.right());
            return null;
        }

        @Override
        public Void visit(Div c) {
            out.add(c.target());
            out.add(c.dividend());
            out.add(c.divisor());
            return null;
        }

        @Override
        public Void visit(Mod c) {
            out.add(c.target());
            out.add(c.dividend());
            out.add(c.divisor());
            return null;
        }

        @Override
        public Void visit(Divisible c) {
            out.add(c.value());
            out.add(c.divisor());
            return null;
        }
    }
}
