package dev.gantry.modeling.impl.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.modeling.api.Constraint;
import dev.gantry.modeling.api.Group;
import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.ModelBuilder;
import dev.gantry.modeling.api.PostedConstraint;
import dev.gantry.modeling.api.ReferenceSemantics;
import dev.gantry.modeling.spi.Rewrite;
import dev.gantry.modeling.impl.AbstractRewriteContext;
import dev.gantry.modeling.spi.Shape;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The brute-force check behind R12's "each rewrite is fuzzed against ReferenceSemantics": the assignments of the
 * original variables that satisfy the original model must be exactly the projections of the assignments (auxiliaries
 * included) that satisfy the rewritten model.
 */
public final class RewriteEquivalence {
    /** Largest number of complete assignments a model may have to be enumerated. */
    public static final long MAX_ASSIGNMENTS = 200_000;

    private RewriteEquivalence() {
    }

    /** What one fuzz case saw, so tests can show they were not vacuous. */
    public record Outcome(int applications, int solutions, long originalAssignments) {
        /** Some but not all assignments of the original variables satisfy the original model. */
        public boolean discriminates() {
            return solutions > 0 && solutions < originalAssignments;
        }
    }

    /**
     * Applies {@code rule} once to every posted constraint it consumes and applies to; its output is kept as posted
     * (not rewritten further), in the source constraint's group. Every posted shape must be one the rule declares.
     */
    public static Rewritten applyOnce(Model original, Rewrite rule) {
        ModelBuilder b = original.deriveWithoutConstraints();
        int applications = 0;
        for (PostedConstraint pc : original.constraints()) {
            Constraint c = pc.constraint();
            Shape shape = Shape.of(c);
            if (rule.consumes().contains(shape) && rule.appliesTo(c)) {
                Context cx = new Context(b, pc.group(), original, rule.produces(shape));
                rule.rewrite(c, cx);
                applications++;
            } else {
                b.post(c, pc.group());
            }
        }
        return new Rewritten(b.build(), applications);
    }

    /** A rewritten model and how many constraints the rule rewrote. */
    public record Rewritten(Model model, int applications) {
    }

    /**
     * The assignments of the first {@code n} variables of {@code model} that extend to a full assignment satisfying
     * it (by {@link ReferenceSemantics}), each as a list of values in variable order.
     */
    public static Set<List<Long>> project(Model model, int n) {
        List<IntVar> vars = model.variables();
        long[][] domains = new long[vars.size()][];
        long total = 1;
        for (int i = 0; i < vars.size(); i++) {
            domains[i] = vars.get(i).domain().values().toArray();
            total = Math.multiplyExact(total, domains[i].length);
        }
        if (total > MAX_ASSIGNMENTS) {
            throw new IllegalArgumentException(model.name() + " has " + total + " assignments, more than " + MAX_ASSIGNMENTS
                    + " to enumerate:\n" + model.toText());
        }
        Set<List<Long>> out = new LinkedHashSet<>();
        long[] values = new long[vars.size()];
        int[] pos = new int[n];
        while (true) {
            for (int i = 0; i < n; i++) {
                values[i] = domains[i][pos[i]];
            }
            if (completes(model, domains, values, n)) {
                List<Long> row = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    row.add(values[i]);
                }
                out.add(row);
            }
            if (!advance(pos, domains, 0)) {
                return out;
            }
        }
    }

    /** All satisfying assignments of every variable. */
    public static Set<List<Long>> solutions(Model model) {
        return project(model, model.variables().size());
    }

    /** Rewrites {@code original} with {@code rule} and asserts both have the same solutions on the original variables. */
    public static Outcome assertEquivalent(Model original, Rewrite rule) {
        Rewritten rewritten = applyOnce(original, rule);
        Model lowered = rewritten.model();
        int n = original.variables().size();
        assertThat(lowered.variables().subList(0, n)).as("the original variables come first")
                .containsExactlyElementsOf(original.variables());
        assertThat(lowered.variables().subList(n, lowered.variables().size())).as("new variables are auxiliaries")
                .allMatch(IntVar::isAuxiliary);
        Set<List<Long>> expected = solutions(original);
        Set<List<Long>> actual = project(lowered, n);
        assertThat(actual).as("%s rewritten by %s:%n%s%nbecomes%n%s", original.name(), rule.name(), original.toText(),
                lowered.toText()).containsExactlyInAnyOrderElementsOf(expected);
        long assignments = 1;
        for (IntVar v : original.variables()) {
            assignments *= v.domain().size();
        }
        return new Outcome(rewritten.applications(), expected.size(), assignments);
    }

    /** Runs {@link #assertEquivalent} on each model and checks the run was not vacuous. */
    public static List<Outcome> assertEquivalentOnAll(List<Model> models, Rewrite rule) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Model m : models) {
            outcomes.add(assertEquivalent(m, rule));
        }
        assertThat(outcomes).as("the rule applied in every model").allMatch(o -> o.applications() > 0);
        assertThat(outcomes).as("some models have solutions and non-solutions").anyMatch(Outcome::discriminates);
        return outcomes;
    }

    private static boolean completes(Model model, long[][] domains, long[] values, int from) {
        int[] pos = new int[domains.length - from];
        while (true) {
            for (int i = 0; i < pos.length; i++) {
                values[from + i] = domains[from + i][pos[i]];
            }
            if (ReferenceSemantics.satisfies(model, values)) {
                return true;
            }
            if (!advance(pos, domains, from)) {
                return false;
            }
        }
    }

    /** Odometer step over {@code domains[offset..]}; false after the last combination. */
    private static boolean advance(int[] pos, long[][] domains, int offset) {
        int i = 0;
        while (i < pos.length && ++pos[i] == domains[offset + i].length) {
            pos[i++] = 0;
        }
        return i < pos.length;
    }

    /** Posts straight into the builder, in the source group, and checks each output shape is declared. */
    private static final class Context extends AbstractRewriteContext {
        private final Group group;
        private final Set<Shape> declared;

        Context(ModelBuilder builder, Group group, Model original, Set<Shape> declared) {
            super(builder, original::paramValue);
            this.group = group;
            this.declared = declared;
        }

        @Override
        public void post(Constraint constraint) {
            assertThat(declared).as("shape %s posted by the rule is declared in produces()", Shape.of(constraint))
                    .contains(Shape.of(constraint));
            builder.post(constraint, group);
        }
    }
}
