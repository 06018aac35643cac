package dev.gantry.modeling.dag;

import java.util.Comparator;
import java.util.List;

/** A DAG plan: every task with its processor, start and end, as solved (not yet verified); listed by task index. */
public record DagSchedule(Dag dag, List<ScheduledTask> tasks) {
    public DagSchedule {
        tasks = tasks.stream().sorted(Comparator.comparingInt(ScheduledTask::task)).toList();
    }

    public long makespan() {
        return tasks.stream().mapToLong(ScheduledTask::end).max().orElse(0);
    }

    /** The tasks of one processor in start order. */
    public List<ScheduledTask> onProcessor(int processor) {
        return tasks.stream().filter(t -> t.processor() == processor)
                .sorted(Comparator.comparingLong(ScheduledTask::start).thenComparingInt(ScheduledTask::task)).toList();
    }
}
