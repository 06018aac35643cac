package dev.gantry.instances.knapsack;

import dev.gantry.modeling.knapsack.Knapsack;
import dev.gantry.modeling.knapsack.Selection;

import java.util.ArrayList;
import java.util.List;

/**
 * A knapsack plan in Gantry's selection JSON, as read:
 * {@code {"problem":"knapsack","instance":…,"items":[…],"profit":…,"weight":…}}. The item list is kept exactly as
 * written (0-based, possibly out of range or repeated), since judging it is the verifier's job.
 *
 * @param instance the instance name, or null
 * @param items    the chosen items' indices
 * @param profit   the total profit the plan claims, or null
 * @param weight   the total weight the plan claims, or null
 * @param origin   where the document came from (the plan file as the caller named it), for messages; never written
 */
public record SelectionDocument(String instance, List<Integer> items, Double profit, Double weight, String origin) {
    public static final String PROBLEM = "knapsack";

    public SelectionDocument {
        items = List.copyOf(items);
    }

    /** The plan for {@code selection} on {@code knapsack}: chosen items ascending, with the model's totals. */
    public static SelectionDocument of(Knapsack knapsack, Selection selection) {
        List<Integer> items = new ArrayList<>();
        for (int i = 0; i < selection.size(); i++) {
            if (selection.isChosen(i)) {
                items.add(i);
            }
        }
        return new SelectionDocument(knapsack.name(), items, selection.profit(knapsack), selection.weight(knapsack),
                "plan for " + knapsack.name());
    }
}
