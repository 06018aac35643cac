package dev.gantry.modeling.scheduling;

/** The temporal requirements alone contradict each other: the distance graph has a positive cycle. */
public final class TemporalInfeasibilityException extends RuntimeException {
    private final transient PositiveCycle cycle;

    public TemporalInfeasibilityException(String problem, PositiveCycle cycle) {
        super(problem + " is temporally infeasible: " + cycle.message());
        this.cycle = cycle;
    }

    public PositiveCycle cycle() {
        return cycle;
    }
}
