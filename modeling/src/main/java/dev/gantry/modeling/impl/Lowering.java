package dev.gantry.modeling.impl;

import dev.gantry.modeling.api.Constraint;
import dev.gantry.modeling.api.ConstraintKind;
import dev.gantry.modeling.api.Group;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.ModelBuilder;
import dev.gantry.modeling.api.Objective;
import dev.gantry.modeling.api.PostedConstraint;
import dev.gantry.modeling.spi.Capabilities;
import dev.gantry.modeling.spi.Enforcement;
import dev.gantry.modeling.spi.Rewrite;
import dev.gantry.modeling.spi.Shape;
import dev.gantry.modeling.spi.UnsupportedModelException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The compilation passes of R11 before a backend emits: substitute parameters, apply the backend's semantic
 * lowerings (S1, S4), then decompose every constraint whose shape the backend lacks along the shortest chain of
 * declared rewrites (the MOI rule). A model with nothing to rewrite is returned as it is (zero copy).
 */
public final class Lowering {
    private static final int MAX_DEPTH = 24;

    private final Capabilities capabilities;
    private final List<Rewrite> semanticLowerings;
    private final List<Rewrite> library;
    private final String backendId;
    private final Map<Shape, Integer> cost;
    /** Rules indexed by the shape they consume, built once: lowering a large model asks per constraint. */
    private final Map<Shape, List<Rewrite>> loweringsByShape;
    private final Map<Shape, List<Rewrite>> libraryByShape;

    /**
     * @param semanticLowerings rewrites the backend always applies where they match, even to native kinds
     * @param library           decompositions to reach the native set
     */
    public Lowering(String backendId, Capabilities capabilities, List<Rewrite> semanticLowerings, List<Rewrite> library) {
        this.backendId = backendId;
        this.capabilities = capabilities;
        this.semanticLowerings = List.copyOf(semanticLowerings);
        this.library = List.copyOf(library);
        this.cost = plan(capabilities, library);
        this.loweringsByShape = index(this.semanticLowerings);
        this.libraryByShape = index(this.library);
    }

    private static Map<Shape, List<Rewrite>> index(List<Rewrite> rules) {
        Map<Shape, List<Rewrite>> byShape = new HashMap<>();
        for (Rewrite r : rules) {
            for (Shape s : r.consumes()) {
                byShape.computeIfAbsent(s, k -> new java.util.ArrayList<>()).add(r);
            }
        }
        return byShape;
    }

    /** The first semantic lowering that applies to {@code c}, or null. */
    private Rewrite loweringFor(Constraint c, Shape shape) {
        for (Rewrite r : loweringsByShape.getOrDefault(shape, List.of())) {
            if (r.appliesTo(c)) {
                return r;
            }
        }
        return null;
    }

    /** The lowered model: the input itself when nothing needed rewriting. */
    public Model lower(Model model) {
        boolean params = !model.params().isEmpty();
        if (!params && model.constraints().stream().allMatch(pc -> isFinal(pc.constraint()))) {
            return model;
        }
        ModelBuilder b = model.deriveWithoutConstraints();
        ConstraintMapper substitute = new ConstraintMapper(e -> e.substitute(model::paramValue));
        for (PostedConstraint pc : model.constraints()) {
            Constraint c = params ? pc.constraint().accept(substitute) : pc.constraint();
            new Context(b, pc.group(), model).post(c);
        }
        if (params) {
            model.objective().ifPresent(o -> {
                List<Objective.Stage> stages = o.stages().stream()
                        .map(s -> new Objective.Stage(s.sense(), s.expression().substitute(model::paramValue))).toList();
                b.objective(stages.get(0));
                if (stages.size() > 1) {
                    throw new UnsupportedModelException("lexicographic objectives are solved stage by stage before lowering");
                }
            });
        }
        return b.build();
    }

    /** The number of rewrite steps needed for a shape (0 = native), or -1 when none leads to the native set. */
    public int stepsFor(Shape shape) {
        return cost.getOrDefault(shape, -1);
    }

    private boolean isFinal(Constraint c) {
        Shape shape = Shape.of(c);
        return capabilities.supports(shape) && loweringFor(c, shape) == null;
    }

    /** Fixpoint of cost(shape) = 0 if native, else min over rules of 1 + max cost of what they produce. */
    private static Map<Shape, Integer> plan(Capabilities caps, List<Rewrite> rules) {
        Map<Shape, Integer> cost = new HashMap<>();
        for (ConstraintKind k : ConstraintKind.values()) {
            for (Enforcement e : Enforcement.values()) {
                Shape s = new Shape(k, e);
                if (caps.supports(s)) {
                    cost.put(s, 0);
                }
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Rewrite r : rules) {
                for (Shape in : r.consumes()) {
                    int worst = 0;
                    for (Shape out : r.produces(in)) {
                        Integer c = cost.get(out);
                        worst = c == null ? Integer.MAX_VALUE : Math.max(worst, c);
                    }
                    if (worst != Integer.MAX_VALUE) {
                        Integer old = cost.get(in);
                        if (old == null || worst + 1 < old) {
                            cost.put(in, worst + 1);
                            changed = true;
                        }
                    }
                }
            }
        }
        return cost;
    }

    /** Posts into the lowered model, rewriting as needed; outputs keep the source group. */
    private final class Context extends AbstractRewriteContext {
        private final Group group;
        private int depth;

        Context(ModelBuilder builder, Group group, Model model) {
            super(builder, model::paramValue);
            this.group = group;
        }

        @Override
        public void post(Constraint c) {
            if (depth > MAX_DEPTH) {
                throw new UnsupportedModelException("rewriting " + Shape.of(c) + " for backend " + backendId + " did not terminate");
            }
            Shape shape = Shape.of(c);
            Rewrite rule = loweringFor(c, shape);
            if (rule == null) {
                if (capabilities.supports(shape)) {
                    builder.post(c, group);
                    return;
                }
                rule = cheapestRule(c);
            }
            depth++;
            try {
                rule.rewrite(c, this);
            } finally {
                depth--;
            }
        }

        private Rewrite cheapestRule(Constraint c) {
            Shape shape = Shape.of(c);
            Rewrite best = null;
            int bestCost = Integer.MAX_VALUE;
            for (Rewrite r : libraryByShape.getOrDefault(shape, List.of())) {
                if (!r.appliesTo(c)) {
                    continue;
                }
                int worst = 0;
                for (Shape out : r.produces(shape)) {
                    worst = Math.max(worst, cost.getOrDefault(out, Integer.MAX_VALUE));
                }
                if (worst < bestCost) {
                    bestCost = worst;
                    best = r;
                }
            }
            if (best == null || bestCost == Integer.MAX_VALUE) {
                throw new UnsupportedModelException("backend " + backendId + " cannot express " + shape + " ("
                        + (group == null ? "background" : "group " + group.name()) + "): it is not native and no rewrite chain reaches "
                        + "the native set. Maybe post it without enforcement, or use a backend that supports it (for example choco).");
            }
            return best;
        }
    }
}
