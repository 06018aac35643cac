package dev.gantry.metaheuristics.timefold;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;
import java.util.ArrayList;
import java.util.List;

/**
 * The one salesman. The home city is an anchor outside the list (the tour starts and ends there); the planning
 * list variable holds every other city in visiting order.
 */
@PlanningEntity
final class Salesman {
    @PlanningId
    private Integer id;
    private int home;
    @PlanningListVariable
    private List<City> cities = new ArrayList<>();

    /** For Timefold's reflection. */
    Salesman() {
    }

    Salesman(int home) {
        this.id = 0;
        this.home = home;
    }

    int home() {
        return home;
    }

    List<City> cities() {
        return cities;
    }
}
