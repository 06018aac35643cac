package dev.gantry.modeling.impl.rewrite;

import dev.gantry.modeling.api.BoolVar;
import dev.gantry.modeling.api.Constraint;
import dev.gantry.modeling.api.Constraints;
import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.IntervalVar;
import dev.gantry.modeling.api.LinExpr;
import dev.gantry.modeling.api.Literal;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.ModelBuilder;
import dev.gantry.modeling.spi.Enforcement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/** Pieces of small random models for the rewrite property tests (seeded, tiny domains). */
final class Fuzz {
    /** Seeds per rewrite; each model stays below {@link RewriteEquivalence#MAX_ASSIGNMENTS}. */
    static final int SEEDS = 30;

    private Fuzz() {
    }

    /** {@link #SEEDS} models from {@code generator(seed, random)}, seeds 0, 1, 2, ... */
    static List<Model> models(String family, BiFunction<ModelBuilder, Random, ModelBuilder> generator) {
        List<Model> out = new ArrayList<>();
        for (long seed = 0; seed < SEEDS; seed++) {
            out.add(generator.apply(Model.builder(family + "-" + seed), new Random(seed)).build());
        }
        return out;
    }

    static List<BoolVar> bools(ModelBuilder m, int n) {
        List<BoolVar> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(m.boolVar("b" + i));
        }
        return out;
    }

    static Literal literal(Random r, List<? extends Literal> candidates) {
        Literal l = candidates.get(r.nextInt(candidates.size()));
        return r.nextBoolean() ? l : l.not();
    }

    static List<Literal> literals(Random r, List<? extends Literal> candidates, int n) {
        List<Literal> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(literal(r, candidates));
        }
        return out;
    }

    /** {@code c} as is, under an implication, or under a reification, picked among {@code allowed}. */
    static Constraint enforce(Random r, Constraint c, List<? extends Literal> candidates, Enforcement... allowed) {
        return switch (allowed[r.nextInt(allowed.length)]) {
            case NONE -> c;
            case IMPLIED -> Constraints.implies(literal(r, candidates), c);
            case REIFIED -> Constraints.reify(literal(r, candidates), c);
        };
    }

    /** {@code a·v + c} with a in {1, -1, 2} and c in [-1, 1]. */
    static LinExpr affine(Random r, IntVar v) {
        long[] coefs = {1, -1, 2};
        return v.times(coefs[r.nextInt(coefs.length)]).plus(r.nextInt(3) - 1);
    }

    /**
     * An interval starting in [0, 2]: fixed size 0, 1 or 2, or (when {@code variableSize}) a size variable in
     * [0, maxSize]; optional with probability 1/3.
     */
    static IntervalVar interval(ModelBuilder m, Random r, String name, boolean variableSize, int maxSize) {
        ModelBuilder.IntervalBuilder b = m.interval(name).start(0, 2);
        if (variableSize) {
            b.size(0, maxSize);
        } else {
            b.size(r.nextInt(3));
        }
        if (r.nextInt(3) == 0) {
            b.optional();
        }
        return b.build();
    }
}
