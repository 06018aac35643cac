package dev.gantry.metaheuristics.sa;

/** The shape of the temperature curve between T0 and T_end as a function of progress p ∈ [0, 1]. */
public enum Cooling {
    /** T = T0·(T_end/T0)^p: the Neural SA schedule, α = (T_end/T0)^(1/K) per level for a step budget. */
    GEOMETRIC,
    /** T = T0 + (T_end − T0)·p: Timefold's simulated annealing. */
    LINEAR;

    double at(double t0, double tEnd, double progress) {
        return switch (this) {
            case GEOMETRIC -> t0 * Math.pow(tEnd / t0, progress);
            case LINEAR -> t0 + (tEnd - t0) * progress;
        };
    }
}
