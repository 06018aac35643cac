package dev.gantry.verify;

import java.util.List;

/**
 * One broken rule in a plan.
 *
 * @param check  the rule's id: from spec scheduling §7.2 for schedules ({@code C2}, {@code J3}, …), from the family
 *               verifier's documentation otherwise ({@code T3} for a tour, {@code K3} for a knapsack selection,
 *               {@code B5} for a packing)
 * @param items  the plan items involved, such as {@code J3.O2}; empty when the rule concerns the whole plan
 * @param reason a sentence for a person, naming the items and the numbers
 */
public record Violation(String check, List<String> items, String reason) {
    public Violation {
        items = List.copyOf(items);
    }
}
