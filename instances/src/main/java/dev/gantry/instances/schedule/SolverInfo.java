package dev.gantry.instances.schedule;

/**
 * How a plan was produced (the optional {@code solver} object of spec scheduling §7.1); any field may be null.
 *
 * @param bound      the solver's proven bound on the objective
 * @param timeLimitS the time limit in seconds
 * @param wallS      the wall-clock time in seconds
 */
public record SolverInfo(String name, String version, String status, Long bound, Integer workers, Long seed,
                         Double timeLimitS, Double wallS) {
}
