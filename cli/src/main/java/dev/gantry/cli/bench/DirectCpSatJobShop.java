package dev.gantry.cli.bench;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpModelProto;
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
 * OR-Tools API, as a user without Gantry would write it: variables, then intervals, then constraints.
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
        int n = shop.jobCount();
        IntVar[][] start = new IntVar[n][];
        for (int j = 0; j < n; j++) {
            List<Operation> ops = shop.jobs().get(j);
            start[j] = new IntVar[ops.size()];
            for (int k = 0; k < ops.size(); k++) {
                start[j][k] = m.newIntVar(0, horizon - ops.get(k).duration(), "J" + j + ".O" + k + ".start");
            }
        }
        IntVar makespan = m.newIntVar(0, horizon, "makespan");
        List<List<IntervalVar>> onMachine = new ArrayList<>();
        for (int k = 0; k < shop.machineCount(); k++) {
            onMachine.add(new ArrayList<>());
        }
        for (int j = 0; j < n; j++) {
            List<Operation> ops = shop.jobs().get(j);
            for (int k = 0; k < ops.size(); k++) {
                IntervalVar iv = m.newFixedSizeIntervalVar(start[j][k], ops.get(k).duration(), "J" + j + ".O" + k);
                if (ops.get(k).duration() > 0) {
                    onMachine.get(ops.get(k).machine()).add(iv);
                }
            }
        }
        List<LinearExpr> lastEnds = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            List<Operation> ops = shop.jobs().get(j);
            for (int k = 1; k < ops.size(); k++) {
                m.addGreaterOrEqual(start[j][k], LinearExpr.affine(start[j][k - 1], 1, ops.get(k - 1).duration()));
            }
            if (!ops.isEmpty()) {
                lastEnds.add(LinearExpr.affine(start[j][ops.size() - 1], 1, ops.get(ops.size() - 1).duration()));
            }
        }
        for (List<IntervalVar> ivs : onMachine) {
            m.addNoOverlap(ivs);
        }
        m.addMaxEquality(makespan, lastEnds);
        m.minimize(makespan);
        return new DirectCpSatJobShop(m, makespan);
    }

    /** The protocol buffer of the model, to compare with what Gantry emits. */
    public CpModelProto proto() {
        return model.model();
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
