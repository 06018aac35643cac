package dev.gantry.modeling.jobshop;

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
 * The job shop on the scheduling layer (spec §1.3): task {@code J<j>.O<k>} per operation, job order in group
 * {@code order/J<j>}, one NoOverlap per machine in group {@code machine/M<k>}, makespan minimised.
 */
public final class JobShopModel {
    private final JobShop instance;
    private final SchedulingModel scheduling;

    private JobShopModel(JobShop instance, SchedulingModel scheduling) {
        this.instance = instance;
        this.scheduling = scheduling;
    }

    public static JobShopModel compile(JobShop instance) {
        return new JobShopModel(instance, SchedulingModel.compile(toSchedulingProblem(instance)));
    }

    public static SchedulingProblem toSchedulingProblem(JobShop instance) {
        SchedulingProblem.Builder b = SchedulingProblem.builder(instance.name());
        List<List<String>> onMachine = new ArrayList<>();
        for (int m = 0; m < instance.machineCount(); m++) {
            onMachine.add(new ArrayList<>());
        }
        for (int j = 0; j < instance.jobCount(); j++) {
            List<Operation> ops = instance.jobs().get(j);
            String order = "order/J" + j;
            b.label(order, "Job J" + j + " keeps its operation order");
            String previous = null;
            for (int k = 0; k < ops.size(); k++) {
                String id = id(j, k);
                b.task(Task.of(id, ops.get(k).duration()));
                onMachine.get(ops.get(k).machine()).add(id);
                if (previous != null) {
                    b.precedence(order, previous, id, 0);
                }
                previous = id;
            }
        }
        for (int m = 0; m < instance.machineCount(); m++) {
            String machine = "machine/M" + m;
            b.label(machine, "Machine M" + m + " does one job at a time");
            b.unaryResource(machine, onMachine.get(m));
        }
        return b.build();
    }

    static String id(int job, int index) {
        return "J" + job + ".O" + index;
    }

    public JobShop instance() {
        return instance;
    }

    public Model model() {
        return scheduling.model();
    }

    public SchedulingModel scheduling() {
        return scheduling;
    }

    public JobShopSchedule decode(Solution solution) {
        Schedule s = scheduling.decode(solution);
        long[][] starts = new long[instance.jobCount()][];
        for (int j = 0; j < instance.jobCount(); j++) {
            starts[j] = new long[instance.jobs().get(j).size()];
            for (int k = 0; k < starts[j].length; k++) {
                starts[j][k] = s.start(id(j, k));
            }
        }
        return JobShopSchedule.fromStarts(instance, starts);
    }

    /** A complete warm start from a plan of the same instance. */
    public Hint hint(JobShopSchedule plan) {
        Map<String, Long> starts = new LinkedHashMap<>();
        plan.operations().forEach(o -> starts.put(o.id(), o.start()));
        return scheduling.hint(new Schedule(starts));
    }
}
