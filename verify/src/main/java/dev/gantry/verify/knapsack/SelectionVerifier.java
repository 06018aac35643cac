package dev.gantry.verify.knapsack;

import dev.gantry.instances.knapsack.SelectionDocument;
import dev.gantry.modeling.knapsack.Knapsack;
import dev.gantry.modeling.knapsack.Selection;
import dev.gantry.verify.Numbers;
import dev.gantry.verify.Tolerance;
import dev.gantry.verify.VerificationReport;
import dev.gantry.verify.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks a knapsack selection against its instance, recomputing the totals itself. The checks:
 * <ul>
 * <li>K1: every listed index is an item of the instance (0..n−1);</li>
 * <li>K2: no item is listed twice;</li>
 * <li>K3: the chosen items' weight fits the capacity (exactly for integral data, within {@link Tolerance#CAPACITY}
 * for fractional data);</li>
 * <li>K4: a claimed profit equals the recomputed one;</li>
 * <li>K5: a claimed weight equals the recomputed one (both exactly for integral data, within
 * {@link Tolerance#CLAIM} otherwise).</li>
 * </ul>
 * Totals count each distinct in-range item once: the selection is a set, and K1/K2 already report the rest. The
 * reported objective is that profit.
 */
public final class SelectionVerifier {
    private SelectionVerifier() {
    }

    /** Verifies a selection held in memory, which claims no totals. */
    public static VerificationReport verify(Knapsack knapsack, Selection selection) {
        List<Integer> items = new ArrayList<>();
        for (int i = 0; i < selection.size(); i++) {
            if (selection.isChosen(i)) {
                items.add(i);
            }
        }
        return verify(knapsack, new SelectionDocument(knapsack.name(), items, null, null,
                "selection for " + knapsack.name()));
    }

    public static VerificationReport verify(Knapsack knapsack, SelectionDocument plan) {
        int n = knapsack.size();
        List<Violation> violations = new ArrayList<>();
        List<List<Integer>> positions = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            positions.add(new ArrayList<>(1));
        }
        List<Integer> items = plan.items();
        for (int p = 0; p < items.size(); p++) {
            int item = items.get(p);
            if (item < 0 || item >= n) {
                violations.add(new Violation("K1", List.of("items[" + p + "]"), "items[" + p + "] = " + item
                        + " is not an item of " + knapsack.name() + " (" + range(n) + ")"));
            } else {
                positions.get(item).add(p);
            }
        }
        double profit = 0;
        double weight = 0;
        for (int i = 0; i < n; i++) {
            List<Integer> at = positions.get(i);
            if (at.size() > 1) {
                violations.add(new Violation("K2", List.of("item " + i), "item " + i + " is listed " + at.size()
                        + " times (" + at.stream().map(p -> "items[" + p + "]").collect(Collectors.joining(", "))
                        + ")"));
            }
            if (!at.isEmpty()) {
                profit += knapsack.profit(i);
                weight += knapsack.weight(i);
            }
        }
        boolean integral = knapsack.isIntegral();
        if (!Tolerance.fits(weight, knapsack.capacity(), integral)) {
            violations.add(new Violation("K3", List.of(), "the chosen items weigh " + Numbers.format(weight)
                    + ", over the capacity " + Numbers.format(knapsack.capacity()) + " of " + knapsack.name()));
        }
        if (plan.profit() != null && !Tolerance.claimMatches(plan.profit(), profit, integral)) {
            violations.add(new Violation("K4", List.of(), "stated profit " + Numbers.format(plan.profit())
                    + " differs from the recomputed profit " + Numbers.format(profit)));
        }
        if (plan.weight() != null && !Tolerance.claimMatches(plan.weight(), weight, integral)) {
            violations.add(new Violation("K5", List.of(), "stated weight " + Numbers.format(plan.weight())
                    + " differs from the recomputed weight " + Numbers.format(weight)));
        }
        return VerificationReport.of(Numbers.objective(profit, integral), violations);
    }

    private static String range(int n) {
        return n == 0 ? "it has no items" : "0.." + (n - 1);
    }
}
