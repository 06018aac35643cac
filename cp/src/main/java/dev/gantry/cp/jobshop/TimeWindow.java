package dev.gantry.cp.jobshop;

import dev.gantry.modeling.jobshop.JobShopSchedule;
import dev.gantry.modeling.jobshop.ScheduledOperation;
import dev.gantry.modeling.scheduling.Schedule;
import dev.gantry.modeling.scheduling.SchedulingProblem;
import dev.gantry.modeling.scheduling.Task;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A time-window neighbourhood of a plan: the operations that start in {@code [from, to)} are free to be re-ordered,
 * those that start earlier keep their times, and those that start later keep their machine orders. The later ones
 * are summarised exactly by tails (longest paths to the end of the plan), so the subproblem has only the free
 * operations, yet its makespan is that of the whole plan; the incumbent is one of its solutions.
 */
final class TimeWindow {
    private static final byte FIXED = 0;
    private static final byte FREE = 1;
    private static final byte LATER = 2;

    private final MachineSequences sequences;
    private final long[] start;
    private final byte[] kind;
    private final List<Integer> free = new ArrayList<>();

    /** The window {@code [from, to)} of the left-justified plan {@code plan} whose machine orders are {@code sequences}. */
    TimeWindow(MachineSequences sequences, JobShopSchedule plan, long from, long to) {
        this.sequences = sequences;
        int count = sequences.operationCount();
        this.start = new long[count];
        this.kind = new byte[count];
        for (ScheduledOperation o : plan.operations()) {
            int op = sequences.id(o.job(), o.index());
            start[op] = o.start();
            kind[op] = o.start() < from ? FIXED : o.start() < to ? FREE : LATER;
            if (kind[op] == FREE) {
                free.add(op);
            }
        }
    }

    int freeCount() {
        return free.size();
    }

    /** A subproblem and the incumbent as one of its schedules (its hint). */
    record Subproblem(SchedulingProblem problem, Schedule incumbent) {
    }

    /** The subproblem: free operations with their releases, job and machine constraints, and the tails after them. */
    Subproblem subproblem(String name, long horizon) {
        int count = sequences.operationCount();
        int machines = sequences.onMachineCount();
        long[] tail = tails();
        long[] machineRelease = new long[machines];
        int[] firstLater = new int[machines];
        Arrays.fill(firstLater, -1);
        long fixedEnds = 0;
        for (int m = 0; m < machines; m++) {
            for (int op : sequences.onMachine(m)) {
                if (kind[op] == FIXED) {
                    machineRelease[m] = Math.max(machineRelease[m], end(op));
                    fixedEnds = Math.max(fixedEnds, end(op));
                } else if (kind[op] == LATER && firstLater[m] < 0) {
                    firstLater[m] = op;
                }
            }
        }
        // paths that start in fixed operations and run through later ones without touching the window
        long throughLater = fixedEnds;
        for (int op = 0; op < count; op++) {
            if (kind[op] == LATER) {
                long head = 0;
                if (sequences.index(op) > 0 && kind[op - 1] == FIXED) {
                    head = end(op - 1);
                }
                if (firstLater[sequences.machine(op)] == op) {
                    head = Math.max(head, machineRelease[sequences.machine(op)]);
                }
                throughLater = Math.max(throughLater, head + tail[op]);
            }
        }
        SchedulingProblem.Builder b = SchedulingProblem.builder(name).horizon(horizon);
        List<List<String>> onMachine = new ArrayList<>();
        for (int m = 0; m < machines; m++) {
            onMachine.add(new ArrayList<>());
        }
        boolean[] machineTail = new boolean[machines];
        Map<String, Long> incumbent = new LinkedHashMap<>();
        for (int op : free) {
            int m = sequences.machine(op);
            long release = machineRelease[m];
            if (sequences.index(op) > 0 && kind[op - 1] == FIXED) {
                release = Math.max(release, end(op - 1));
            }
            b.task(Task.of(taskId(op), sequences.duration(op)).withRelease(release));
            onMachine.get(m).add(taskId(op));
            incumbent.put(taskId(op), start[op]);
            if (sequences.index(op) > 0 && kind[op - 1] == FREE) {
                b.precedence("order", taskId(op - 1), taskId(op), 0);
            }
            int next = sequences.jobSuccessor(op);
            if (next >= 0 && kind[next] == LATER) {
                String dummy = "tail/" + taskId(op);
                b.task(Task.of(dummy, 0));
                b.precedence("tails", taskId(op), dummy, tail[next]);
                incumbent.put(dummy, end(op) + tail[next]);
            }
            if (firstLater[m] >= 0) {
                if (!machineTail[m]) {
                    b.task(Task.of("tail/M" + m, 0));
                    machineTail[m] = true;
                }
                b.precedence("tails", taskId(op), "tail/M" + m, tail[firstLater[m]]);
                incumbent.merge("tail/M" + m, end(op) + tail[firstLater[m]], Math::max);
            }
        }
        for (int m = 0; m < machines; m++) {
            if (!onMachine.get(m).isEmpty()) {
                b.unaryResource("machine/M" + m, onMachine.get(m));
            }
        }
        if (throughLater > 0) {
            b.task(Task.of("outside", 0).withRelease(throughLater));
            incumbent.put("outside", throughLater);
        }
        return new Subproblem(b.build(), new Schedule(incumbent));
    }

    /** The machine orders with the free operations re-ordered as the subproblem's solution starts them. */
    MachineSequences reordered(Schedule solution) {
        int machines = sequences.onMachineCount();
        int[][] order = new int[machines][];
        for (int m = 0; m < machines; m++) {
            int[] ops = sequences.onMachine(m);
            List<Integer> fixed = new ArrayList<>();
            List<Integer> window = new ArrayList<>();
            List<Integer> later = new ArrayList<>();
            for (int op : ops) {
                (kind[op] == FIXED ? fixed : kind[op] == FREE ? window : later).add(op);
            }
            window.sort(Comparator.<Integer>comparingLong(op -> solution.start(taskId(op)))
                    .thenComparingLong(op -> solution.start(taskId(op)) + sequences.duration(op))
                    .thenComparingInt(op -> op));
            List<Integer> all = new ArrayList<>(fixed);
            all.addAll(window);
            all.addAll(later);
            order[m] = all.stream().mapToInt(Integer::intValue).toArray();
        }
        return sequences.with(order);
    }

    /** Longest path from each later operation (its own duration included) to the end of the plan, over later operations. */
    private long[] tails() {
        int count = sequences.operationCount();
        int[] machineSuccessor = new int[count];
        Arrays.fill(machineSuccessor, -1);
        for (int m = 0; m < sequences.onMachineCount(); m++) {
            int[] ops = sequences.onMachine(m);
            for (int i = 0; i + 1 < ops.length; i++) {
                machineSuccessor[ops[i]] = ops[i + 1];
            }
        }
        Integer[] later = java.util.stream.IntStream.range(0, count).filter(op -> kind[op] == LATER).boxed().toArray(Integer[]::new);
        // reverse plan order is a reverse topological order of the plan's graph
        Arrays.sort(later, Comparator.<Integer>comparingLong(op -> start[op]).thenComparingLong(this::end)
                .thenComparingInt(op -> op).reversed());
        long[] tail = new long[count];
        for (int op : later) {
            long after = 0;
            int next = sequences.jobSuccessor(op);
            if (next >= 0) {
                after = tail[next];
            }
            if (machineSuccessor[op] >= 0) {
                after = Math.max(after, tail[machineSuccessor[op]]);
            }
            tail[op] = sequences.duration(op) + after;
        }
        return tail;
    }

    private long end(int op) {
        return start[op] + sequences.duration(op);
    }

    private String taskId(int op) {
        return "J" + sequences.job(op) + ".O" + sequences.index(op);
    }
}
