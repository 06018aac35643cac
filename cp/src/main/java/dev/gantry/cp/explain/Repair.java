package dev.gantry.cp.explain;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * The smallest change of a parameter that restores feasibility (E8), a suggestion never applied to the model.
 * {@code to} is absent when no value in the range helps. {@code optimal}: the change is proven smallest;
 * {@code verified}: the model is feasible at {@code to} (a witness passed the reference semantics) and, when optimal
 * and one-sided, infeasible one step before.
 */
public record Repair(String param, long from, OptionalLong to, boolean optimal, boolean verified, Optional<String> phrase,
                     String note) {

    /** The sentence of the text form: "end by day 9 instead of 8". */
    String sentence() {
        if (to.isEmpty()) {
            return "no value of " + param + " helps (" + note + ")";
        }
        String changed = phrase.map(p -> p.replace("{value}", Long.toString(to.getAsLong())))
                .orElse(param + " " + to.getAsLong());
        return changed + " instead of " + from;
    }
}
