package dev.gantry.cp.explain;

import java.util.OptionalLong;

/**
 * The smallest change of a parameter that restores feasibility (E8), a suggestion never applied to the model.
 * {@code to} is absent when no value in the range helps. {@code optimal}: the change is proven smallest;
 * {@code verified}: the model is feasible at {@code to} (a witness passed the reference semantics) and, when optimal
 * and one-sided, infeasible one step before. {@code sentence} words the change for the text form.
 */
public record Repair(String param, long from, OptionalLong to, boolean optimal, boolean verified, String sentence, String note) {
}
