package dev.gantry.modeling.impl.rewrite;

import dev.gantry.modeling.spi.Rewrite;
import java.util.List;

/** The decomposition library every backend shares, and the semantic lowerings backends pick from. */
public final class Rewrites {
    private Rewrites() {
    }

    /** Decompositions toward a backend's native set; the lowering planner chooses among them. */
    public static List<Rewrite> library() {
        return List.of(new BooleanSumAsLinear(), new ReifiedAsImplications(), new PairwiseAllDifferent(),
                new FunctionalUnderEnforcement(), new DivisibleAsMultiple(), new DivisibleAsRemainder(),
                new NoOverlapAsCumulative(), new ResourceUnderImplication(), new AbsAsMax(), new ElementUnderImplication(),
                new TableUnderImplication());
    }

    /** S1 for a STRICT-native NoOverlap. */
    public static Rewrite ignoreZeroAsShadows() {
        return new IgnoreZeroAsShadows();
    }

    /** S4 for a backend whose modulus must be positive. */
    public static Rewrite moduloByAbsoluteDivisor() {
        return new ModuloByAbsoluteDivisor();
    }
}
