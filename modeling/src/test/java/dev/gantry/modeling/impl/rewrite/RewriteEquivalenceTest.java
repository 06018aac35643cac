package dev.gantry.modeling.impl.rewrite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.modeling.api.Abs;
import dev.gantry.modeling.api.Constraint;
import dev.gantry.modeling.api.ConstraintKind;
import dev.gantry.modeling.api.Constraints;
import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.Linear;
import dev.gantry.modeling.api.MaxOf;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.ModelBuilder;
import dev.gantry.modeling.spi.Enforcement;
import dev.gantry.modeling.spi.Rewrite;
import dev.gantry.modeling.spi.RewriteContext;
import dev.gantry.modeling.spi.Shape;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The brute-force helper itself: it projects correctly and it notices a wrong rewrite. */
class RewriteEquivalenceTest {

    /** A deliberately wrong "abs as max": {@code t = max(x, x)} instead of {@code max(x, -x)}. */
    private static final Rewrite WRONG_ABS = new Rewrite() {
        @Override
        public String name() {
            return "wrong-abs";
        }

        @Override
        public Set<Shape> consumes() {
            return Set.of(new Shape(ConstraintKind.ABS, Enforcement.NONE));
        }

        @Override
        public Set<Shape> produces(Shape consumed) {
            return Set.of(new Shape(ConstraintKind.MAX_OF, Enforcement.NONE));
        }

        @Override
        public void rewrite(Constraint constraint, RewriteContext context) {
            Abs a = (Abs) constraint;
            context.post(new MaxOf(a.target(), List.of(a.argument(), a.argument())));
        }
    };

    /** Declares MAX_OF but posts a linear constraint. */
    private static final Rewrite UNDECLARED_OUTPUT = new Rewrite() {
        @Override
        public String name() {
            return "undeclared-output";
        }

        @Override
        public Set<Shape> consumes() {
            return Set.of(new Shape(ConstraintKind.ABS, Enforcement.NONE));
        }

        @Override
        public Set<Shape> produces(Shape consumed) {
            return Set.of(new Shape(ConstraintKind.MAX_OF, Enforcement.NONE));
        }

        @Override
        public void rewrite(Constraint constraint, RewriteContext context) {
            Abs a = (Abs) constraint;
            context.post(new Linear(a.target(), dev.gantry.modeling.api.Relation.GE, a.argument()));
        }
    };

    private static Model absModel() {
        ModelBuilder m = Model.builder("abs");
        IntVar x = m.intVar("x", -2, 2);
        IntVar t = m.intVar("t", 0, 2);
        m.group("g").add(Constraints.abs(t, x));
        return m.build();
    }

    @Test
    void solutionsOfASmallModelAreEnumeratedExactly() {
        assertThat(RewriteEquivalence.solutions(absModel())).containsExactlyInAnyOrder(
                List.of(-2L, 2L), List.of(-1L, 1L), List.of(0L, 0L), List.of(1L, 1L), List.of(2L, 2L));
    }

    @Test
    void projectionKeepsAssignmentsOfThePrefixThatExtendToASolution() {
        ModelBuilder m = Model.builder("proj");
        IntVar x = m.intVar("x", 0, 3);
        IntVar y = m.intVar("y", 0, 3);
        m.add(x.plus(y).eq(3));
        m.add(Constraints.divisible(y, 2));
        Model model = m.build();

        assertThat(RewriteEquivalence.project(model, 1)).containsExactlyInAnyOrder(List.of(3L), List.of(1L));
        assertThat(RewriteEquivalence.project(model, 0)).containsExactly(List.of());
    }

    @Test
    void aWrongRewriteChangesTheProjectedSolutions() {
        Model original = absModel();
        RewriteEquivalence.Rewritten wrong = RewriteEquivalence.applyOnce(original, WRONG_ABS);

        assertThat(wrong.applications()).isEqualTo(1);
        assertThat(RewriteEquivalence.project(wrong.model(), 2)).containsExactlyInAnyOrder(
                List.of(0L, 0L), List.of(1L, 1L), List.of(2L, 2L));
        assertThatThrownBy(() -> RewriteEquivalence.assertEquivalent(original, WRONG_ABS)).isInstanceOf(AssertionError.class);
    }

    @Test
    void anUndeclaredOutputShapeIsReported() {
        assertThatThrownBy(() -> RewriteEquivalence.applyOnce(absModel(), UNDECLARED_OUTPUT))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("shape LINEAR posted by the rule is declared in produces()");
    }

    @Test
    void modelsTooLargeToEnumerateAreRefused() {
        ModelBuilder m = Model.builder("big");
        m.intVar("x", 0, 999);
        m.intVar("y", 0, 999);
        Model model = m.build();

        assertThatThrownBy(() -> RewriteEquivalence.solutions(model)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("big has 1000000 assignments, more than 200000 to enumerate");
    }
}
