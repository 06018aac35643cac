package dev.gantry.modeling.rcpsp;

import dev.gantry.modeling.api.Hint;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.Solution;
import dev.gantry.modeling.scheduling.Schedule;
import dev.gantry.modeling.scheduling.SchedulingModel;
import dev.gantry.modeling.scheduling.SchedulingProblem;
import dev.gantry.modeling.scheduling.Task;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The RCPSP on the scheduling layer (spec §2.3): task {@code <number>} per job (PSPLIB's number, dummies of size
 * 0), each successor arc in group {@code lag/<i>-><j>}, one Cumulative per renewable resource in group
 * {@code resource/R<k>} (positive demands only), makespan minimised. The makespan is the latest end of the jobs
 * without successors, which for a PSPLIB project is the start of the sink.
 */
public final class RcpspModel {
    private final Rcpsp instance;
    private final SchedulingModel scheduling;

    private RcpspModel(Rcpsp instance, SchedulingModel scheduling) {
        this.instance = instance;
        this.scheduling = scheduling;
    }

    /** The model over the horizon Σ durations. */
    public static RcpspModel compile(Rcpsp instance) {
        return compile(instance, instance.totalDuration());
    }

    /**
     * The model over {@code horizon}: a known schedule's makespan is a tighter horizon than Σ durations and keeps
     * that schedule feasible (spec §0).
     */
    public static RcpspModel compile(Rcpsp instance, long horizon) {
        return new RcpspModel(instance, SchedulingModel.compile(toSchedulingProblem(instance, horizon)));
    }

    public static SchedulingProblem toSchedulingProblem(Rcpsp instance, long horizon) {
        SchedulingProblem.Builder b = SchedulingProblem.builder(instance.name()).horizon(horizon);
        for (int i = 0; i < instance.jobCount(); i++) {
            b.task(Task.of(id(i), instance.job(i).duration()));
        }
        for (int i = 0; i < instance.jobCount(); i++) {
            for (int s : instance.job(i).successors()) {
                String group = "lag/" + id(i) + "->" + id(s);
                b.label(group, "Job " + id(s) + " starts after job " + id(i) + " ends");
                b.precedence(group, id(i), id(s), 0);
            }
        }
        for (int k = 0; k < instance.resourceCount(); k++) {
            List<String> tasks = new ArrayList<>();
            List<Long> demands = new ArrayList<>();
            for (int i = 0; i < instance.jobCount(); i++) {
                tasks.add(id(i));
                demands.add(instance.job(i).demand(k));
            }
            String group = "resource/R" + (k + 1);
            b.label(group, "Resource R" + (k + 1) + " has capacity " + instance.capacity(k));
            b.cumulativeResource(group, instance.capacity(k), tasks, demands);
        }
        return b.build();
    }

    /** The task id of a job: its PSPLIB number, as in the schedule JSON (spec §7.1). */
    public static String id(int job) {
        return String.valueOf(Rcpsp.number(job));
    }

    public Rcpsp instance() {
        return instance;
    }

    public Model model() {
        return scheduling.model();
    }

    public SchedulingModel scheduling() {
        return scheduling;
    }

    public RcpspSchedule decode(Solution solution) {
        Schedule s = scheduling.decode(solution);
        long[] starts = new long[instance.jobCount()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = s.start(id(i));
        }
        return RcpspSchedule.of(instance, starts);
    }

    /** A complete warm start from a plan of the same instance (within the model's horizon). */
    public Hint hint(RcpspSchedule plan) {
        Map<String, Long> starts = new LinkedHashMap<>();
        for (int i = 0; i < instance.jobCount(); i++) {
            starts.put(id(i), plan.start(i));
        }
        return scheduling.hint(new Schedule(starts));
    }
}
