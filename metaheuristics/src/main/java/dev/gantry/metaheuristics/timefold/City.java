package dev.gantry.metaheuristics.timefold;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

/** A city other than the salesman's home: a plain value of the list variable, with no shadow variables. */
final class City {
    @PlanningId
    private Integer id;

    /** For Timefold's reflection. */
    City() {
    }

    City(int id) {
        this.id = id;
    }

    int id() {
        return id;
    }

    @Override
    public String toString() {
        return "City" + id;
    }
}
