package dev.gantry.cli.family;

import dev.gantry.cp.explain.RepairRequest;
import dev.gantry.modeling.api.Hint;
import dev.gantry.modeling.api.Model;
import java.util.List;
import java.util.Optional;

/**
 * An instance ready for the explainer: the model (its named groups are the requirements), which groups may be blamed
 * and in which preference order (group names or prefixes; empty = all, deletion order), and the numeric repairs to
 * look for, and a warm start for the checks (empty: none). {@code settled} holds an answer the family found without the explainer (e.g. a positive cycle of lags and
 * deadlines, named before any solver runs); then there is no model.
 */
public record ExplainTarget(String name, Optional<Model> model, List<String> candidates, List<String> preference,
                           List<RepairRequest> repairs, Hint hint, Optional<String> settled) {
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
        return new ExplainTarget(name, Optional.of(model), candidates, preference, repairs, hint, Optional.empty());
    }

    /** An instance proven infeasible before any solver, with the reason in user terms. */
    public static ExplainTarget settled(String name, String reason) {
        return new ExplainTarget(name, Optional.empty(), List.of(), List.of(), List.of(), Hint.of(java.util.Map.of()), Optional.of(reason));
    }
}
