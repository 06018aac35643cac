package dev.gantry.modeling.api;

/** Called on the solver thread for each improving solution (each solution when enumerating). */
@FunctionalInterface
public interface SolutionListener {
    Decision onSolution(Solution solution, Progress progress);
}
