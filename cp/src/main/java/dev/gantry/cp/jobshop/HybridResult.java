package dev.gantry.cp.jobshop;

import dev.gantry.modeling.jobshop.JobShopSchedule;
import java.time.Duration;

/**
 * What {@link JobShopHybrid} found: the best plan (left-justified), the heuristic whose plan it started from ({@code
 * given} for a plan passed in) and that plan's makespan, a proven lower
 * bound (the trivial one, or CP-SAT's when a window covered the whole instance), whether the plan is proven optimal,
 * how many neighbourhoods were solved and how many of them shortened the plan, the wall time, and whether a
 * cancellation stopped the search.
 */
public record HybridResult(JobShopSchedule best, String startedFrom, long startMakespan, long lowerBound, boolean provenOptimal, int neighbourhoods,
                           int improvements, Duration wallTime, boolean cancelled) {
    public long makespan() {
        return best.makespan();
    }
}
