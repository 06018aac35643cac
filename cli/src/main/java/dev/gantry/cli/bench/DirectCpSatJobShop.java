package dev.gantry.cli.bench;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.IntervalVar;
import com.google.ortools.sat.LinearExpr;
import dev.gantry.modeling.jobshop.JobShop;
import dev.gantry.modeling.jobshop.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline of the DSL-cost benchmark: the generic job-shop model of spec §1.3 written directly against the
 * OR-Tools API, as a user without Gantry would write it.
 */
public final class DirectCpSatJobShop {
    private final CpModel model;
    private final IntVar makespan;

    private DirectCpSatJobShop(CpModel model, IntVar makespan) {
        this.model = model;
        this.makespan = makespan;
    }

    public static DirectCpSatJobShop build(JobShop shop) {
        long horizon = shop.totalDuration();
        CpModel m = new CpModel();
        List<List<IntervalVar>> onMachine = new ArrayList<>();
        for (int k = 0; k < shop.machineCount(); k++) {
            onMachine.add(new ArrayList<>());
        }
        List<LinearExpr> lastEnds = new ArrayList<>();
        for (int j = 0; j < shop.jobCount(); j++) {
            List<Operation> ops = shop.jobs().get(j);
            LinearExpr previousEnd = null;
            for (int k = 0; k < ops.size(); k++) {
                long d = ops.get(k).duration();
                IntVar start = m.newIntVar(0, horizon - d, "J" + j + ".O" + k + ".start");
                IntervalVar iv = m.newFixedSizeIntervalVar(start, d, "J" + j + ".O" + k);
                if (d > 0) {
                    onMachine.get(ops.get(k).machine()).add(iv);
                }
                if (previousEnd != null) {
                    m.addGreaterOrEqual(start, previousEnd);
                }
                previousEnd = LinearExpr.affine(start, 1, d);
            }
            if (previousEnd != null) {
                lastEnds.add(previousEnd);
            }
        }
        for (List<IntervalVar> ivs : onMachine) {
            m.addNoOverlap(ivs);
        }
        IntVar makespan = m.newIntVar(0, horizon, "makespan");
        m.addMaxEquality(makespan, lastEnds);
        m.minimize(makespan);
        return new DirectCpSatJobShop(m, makespan);
    }

    /** The outcome of one solve: status, makespan (or -1) and bound. */
    record Outcome(CpSolverStatus status, long makespan, long bound, double wallSeconds) {
    }

    Outcome solve(double timeLimitSeconds, int workers, int seed) {
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(timeLimitSeconds).setNumWorkers(workers).setRandomSeed(seed);
        CpSolverStatus status = solver.solve(model);
        boolean found = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
        return new Outcome(status, found ? solver.value(makespan) : -1, (long) Math.ceil(solver.bestObjectiveBound() - 1e-9),
                solver.wallTime());
    }
}
