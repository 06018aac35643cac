package dev.gantry.cli.family;

import dev.gantry.cp.explain.ExplainOptions;
import dev.gantry.cp.explain.ExplainedGroup;
import dev.gantry.cp.explain.Explainer;
import dev.gantry.cp.explain.ExplanationStatus;
import dev.gantry.cp.explain.Explanation;
import dev.gantry.cp.explain.RepairRequest;
import dev.gantry.modeling.api.ConstraintScope;
import dev.gantry.modeling.api.Hint;
import dev.gantry.modeling.api.LinExpr;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.spi.Backend;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An instance ready for the explainer: the model (its named groups are the requirements), which groups may be blamed
 * and in which preference order (group names or prefixes; empty = all, deletion order), and the numeric repairs to
 * look for, a warm start for the checks (empty: none), and what the family adds once the explainer has answered.
 * {@code settled} holds an answer the family found without the explainer (e.g. a positive cycle of lags and deadlines,
 * named before any solver runs); then there is no model.
 */
public record ExplainTarget(String name, Optional<Model> model, List<String> candidates, List<String> preference,
                           List<RepairRequest> repairs, Hint hint, Optional<String> settled, FollowUp followUp) {
    /** The family's additions to an explanation, computed on the same backend and options. */
    @FunctionalInterface
    public interface FollowUp {
        ExplainExtras after(Explanation explanation, Backend backend, ExplainOptions options);
    }

    public ExplainTarget {
        candidates = List.copyOf(candidates);
        preference = List.copyOf(preference);
        repairs = List.copyOf(repairs);
        if (model.isPresent() == settled.isPresent()) {
            throw new IllegalArgumentException("an explanation target has either a model or a settled answer");
        }
    }

    public static ExplainTarget of(String name, Model model, List<String> candidates, List<String> preference, List<RepairRequest> repairs,
                                   Hint hint) {
        return new ExplainTarget(name, Optional.of(model), candidates, preference, repairs, hint, Optional.empty(),
                (e, backend, options) -> ExplainExtras.none());
    }

    /** This target with {@code more} computed after the explanation. */
    public ExplainTarget withFollowUp(FollowUp more) {
        return new ExplainTarget(name, model, candidates, preference, repairs, hint, settled, more);
    }

    /** An explanation with its numeric repairs and the family's additions. */
    public record Explained(Explanation explanation, ExplainExtras extras) {
    }

    /**
     * Explains the model: the conflict, then the smallest change of each requested parameter the conflict reads (a
     * parameter outside it cannot repair it alone), then the family's follow-up.
     */
    public Explained explain(Backend backend, ExplainOptions options) {
        Model m = model.orElseThrow(() -> new IllegalStateException("a settled target has nothing to explain"));
        Explainer explainer = Explainer.of(backend, options);
        Explanation e = explainer.explain(m, hint);
        if (e.status() == ExplanationStatus.INFEASIBLE) {
            Set<String> blamed = paramsOf(m, e);
            for (RepairRequest r : repairs) {
                if (blamed.contains(r.param())) {
                    e = e.withRepairs(explainer.repair(m, r));
                }
            }
        }
        return new Explained(e, followUp.after(e, backend, options));
    }

    /** The parameters the conflict's groups read. */
    private static Set<String> paramsOf(Model model, Explanation e) {
        Set<String> names = new HashSet<>();
        for (ExplainedGroup g : e.groups()) {
            model.group(g.name()).ifPresent(group -> model.constraintsOf(group).forEach(pc -> {
                for (LinExpr x : ConstraintScope.expressions(pc.constraint())) {
                    for (int i = 0; i < x.paramCount(); i++) {
                        names.add(x.param(i).name());
                    }
                }
            }));
        }
        return names;
    }

    /** An instance proven infeasible before any solver, with the reason in user terms. */
    public static ExplainTarget settled(String name, String reason) {
        return new ExplainTarget(name, Optional.empty(), List.of(), List.of(), List.of(), Hint.of(java.util.Map.of()), Optional.of(reason),
                (e, backend, options) -> ExplainExtras.none());
    }
}
