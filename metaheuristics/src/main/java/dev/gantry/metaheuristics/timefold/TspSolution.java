package dev.gantry.metaheuristics.timefold;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.simplelong.SimpleLongScore;
import dev.gantry.metaheuristics.tsp.DistanceMatrix;
import java.util.List;

/** Timefold's view of a TSP instance: Gantry's distances, one salesman and the cities to place in its list. */
@PlanningSolution
final class TspSolution {
    @ProblemFactProperty
    private DistanceMatrix distances;
    @PlanningEntityCollectionProperty
    private List<Salesman> salesmen;
    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<City> cities;
    /** Minus the tour length. */
    @PlanningScore
    private SimpleLongScore score;

    /** For Timefold's reflection and cloning. */
    TspSolution() {
    }

    TspSolution(DistanceMatrix distances, Salesman salesman, List<City> cities) {
        this.distances = distances;
        this.salesmen = List.of(salesman);
        this.cities = cities;
    }

    DistanceMatrix distances() {
        return distances;
    }

    Salesman salesman() {
        return salesmen.get(0);
    }

    SimpleLongScore score() {
        return score;
    }
}
