package dev.gantry.verify.tsp;

import dev.gantry.instances.tsp.TourDocument;
import dev.gantry.modeling.tsp.EdgeWeight;
import dev.gantry.modeling.tsp.Tour;
import dev.gantry.modeling.tsp.Tsp;
import dev.gantry.verify.Numbers;
import dev.gantry.verify.Tolerance;
import dev.gantry.verify.VerificationReport;
import dev.gantry.verify.Violation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks a TSP tour against its instance without trusting the plan or the model's own length: it recomputes every
 * distance from the coordinates itself. The checks:
 * <ul>
 * <li>T1: the tour lists exactly n cities;</li>
 * <li>T2: every entry is a city of the instance (0..n−1);</li>
 * <li>T3: no city is visited twice;</li>
 * <li>T4: every city is visited;</li>
 * <li>T5: a claimed length equals the recomputed one (exactly under TSPLIB's rounded rule, whose lengths are
 * integers; within {@link Tolerance#CLAIM} for unrounded Euclidean distances).</li>
 * </ul>
 * The reported objective is the length of the closed walk through the listed entries, or null when an entry is out
 * of range or the tour is empty.
 */
public final class TourVerifier {
    private TourVerifier() {
    }

    /** Verifies a tour held in memory, which claims no length. */
    public static VerificationReport verify(Tsp tsp, Tour tour) {
        return verify(tsp, new TourDocument(tsp.name(), Arrays.stream(tour.order()).boxed().toList(), null,
                "tour for " + tsp.name()));
    }

    public static VerificationReport verify(Tsp tsp, TourDocument plan) {
        List<Integer> tour = plan.tour();
        int n = tsp.size();
        List<Violation> violations = new ArrayList<>();
        if (tour.size() != n) {
            violations.add(new Violation("T1", List.of(), "the tour lists " + tour.size() + " cities, "
                    + tsp.name() + " has " + n));
        }
        boolean inRange = true;
        List<List<Integer>> positions = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            positions.add(new ArrayList<>(1));
        }
        for (int p = 0; p < tour.size(); p++) {
            int city = tour.get(p);
            if (city < 0 || city >= n) {
                inRange = false;
                violations.add(new Violation("T2", List.of("tour[" + p + "]"), "tour[" + p + "] = " + city
                        + " is not a city of " + tsp.name() + " (0.." + (n - 1) + ")"));
            } else {
                positions.get(city).add(p);
            }
        }
        List<Integer> missing = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            List<Integer> at = positions.get(c);
            if (at.size() > 1) {
                violations.add(new Violation("T3", List.of("city " + c), "city " + c + " is visited " + at.size()
                        + " times (" + at.stream().map(p -> "tour[" + p + "]").collect(Collectors.joining(", ")) + ")"));
            } else if (at.isEmpty()) {
                missing.add(c);
            }
        }
        if (!missing.isEmpty()) {
            violations.add(new Violation("T4", missing.stream().map(c -> "city " + c).toList(),
                    missing.size() + (missing.size() == 1 ? " city is" : " cities are") + " never visited: "
                            + Numbers.list(missing)));
        }
        Number length = null;
        if (inRange && !tour.isEmpty()) {
            boolean rounded = tsp.edgeWeight() == EdgeWeight.ROUNDED_EUCLIDEAN;
            double recomputed = length(tsp, tour, rounded);
            length = Numbers.objective(recomputed, rounded);
            if (plan.length() != null && !Tolerance.claimMatches(plan.length(), recomputed, rounded)) {
                violations.add(new Violation("T5", List.of(), "stated length " + Numbers.format(plan.length())
                        + " differs from the recomputed length " + Numbers.format(recomputed)));
            }
        }
        return VerificationReport.of(length, violations);
    }

    /**
     * The closed walk's length, from the coordinates: TSPLIB's nint(√(dx²+dy²)) with nint(x) = ⌊x + 0.5⌋, summed as
     * integers, or the plain Euclidean distance.
     */
    private static double length(Tsp tsp, List<Integer> tour, boolean rounded) {
        long integral = 0;
        double real = 0;
        for (int p = 0; p < tour.size(); p++) {
            int a = tour.get(p);
            int b = tour.get((p + 1) % tour.size());
            double dx = tsp.x(a) - tsp.x(b);
            double dy = tsp.y(a) - tsp.y(b);
            double d = Math.sqrt(dx * dx + dy * dy);
            if (rounded) {
                integral += (long) Math.floor(d + 0.5);
            } else {
                real += d;
            }
        }
        return rounded ? integral : real;
    }
}
