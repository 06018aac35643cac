package dev.gantry.cp.construction;

import dev.gantry.modeling.api.Status;
import dev.gantry.modeling.construction.ConstructionSchedule;
import java.time.Duration;
import java.util.Optional;

/**
 * What {@link ConstructionLns} found: the best plan (none when no plan was found) and what is known of it (OPTIMAL,
 * FEASIBLE, INFEASIBLE when CP-SAT proved there is none, UNKNOWN; OPTIMAL means the tardiness, then the finish, are proven least,
 * not the milestone dates); the finishes of the serial warm start and of the first full
 * CP-SAT solve; a proven lower bound on the finish of a plan with the least weighted tardiness (the resource bound, or
 * CP-SAT's finish-stage bound when its tardiness stage was proven); whether the tardiness is proven least; how many neighbourhoods were solved and
 * how many improved the plan; the wall time; whether a cancellation stopped the search.
 */
public record LnsResult(Optional<ConstructionSchedule> best, Status status, long warmStartFinish, long fullSolveFinish, long finishLowerBound, boolean tardinessProven,
                        int neighbourhoods, int improvements, Duration wallTime, boolean cancelled) {
    public LnsResult {
        if (best.isPresent() != status.hasSolution()) {
            throw new IllegalArgumentException("status " + status + " with" + (best.isPresent() ? "" : "out") + " a plan");
        }
    }
}
