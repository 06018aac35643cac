package dev.gantry.metaheuristics.timefold;

import ai.timefold.solver.core.api.score.buildin.simplelong.SimpleLongScore;
import ai.timefold.solver.core.api.score.calculator.IncrementalScoreCalculator;
import dev.gantry.metaheuristics.tsp.DistanceMatrix;
import java.util.List;

/**
 * The score is minus the length of the closed tour home → list → home, kept with hand-written deltas. Timefold
 * reports every list change as the index range {@code [from, to)} that changed; outside it the list is the same
 * before and after, so the change only affects the edges from position {@code from - 1} to position {@code to}
 * (position -1 and position {@code size} being the home city): "before" subtracts them, "after" adds the new ones.
 * A move thus costs O(length of the changed range), as it would for Bavet with previous/next shadow variables,
 * minus the shadow bookkeeping.
 *
 * <p>Internal: public only because Timefold instantiates it through its public no-arg constructor.
 */
public final class TourLengthCalculator implements IncrementalScoreCalculator<TspSolution, SimpleLongScore> {
    private DistanceMatrix distances;
    private int home;
    private long length;

    /** For Timefold's reflection. */
    public TourLengthCalculator() {
    }

    @Override
    public void resetWorkingSolution(TspSolution solution) {
        distances = solution.distances();
        Salesman salesman = solution.salesman();
        home = salesman.home();
        length = edges(salesman.cities(), 0, salesman.cities().size());
    }

    /** Sum of the edges entering positions {@code from..to} (inclusive) of the closed tour. */
    private long edges(List<City> cities, int from, int to) {
        int size = cities.size();
        long sum = 0;
        int a = from == 0 ? home : cities.get(from - 1).id();
        for (int i = from; i <= to; i++) {
            int b = i == size ? home : cities.get(i).id();
            sum += distances.intDistance(a, b);
            a = b;
        }
        return sum;
    }

    @Override
    public void beforeListVariableChanged(Object entity, String variableName, int fromIndex, int toIndex) {
        length -= edges(((Salesman) entity).cities(), fromIndex, toIndex);
    }

    @Override
    public void afterListVariableChanged(Object entity, String variableName, int fromIndex, int toIndex) {
        length += edges(((Salesman) entity).cities(), fromIndex, toIndex);
    }

    @Override
    public SimpleLongScore calculateScore() {
        return SimpleLongScore.of(-length);
    }

    // No basic variables and no entities are added or removed: nothing else changes the length.

    @Override
    public void beforeEntityAdded(Object entity) {
    }

    @Override
    public void afterEntityAdded(Object entity) {
    }

    @Override
    public void beforeVariableChanged(Object entity, String variableName) {
    }

    @Override
    public void afterVariableChanged(Object entity, String variableName) {
    }

    @Override
    public void beforeEntityRemoved(Object entity) {
    }

    @Override
    public void afterEntityRemoved(Object entity) {
    }
}
