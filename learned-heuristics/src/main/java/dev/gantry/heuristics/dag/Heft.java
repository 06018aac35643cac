package dev.gantry.heuristics.dag;

import dev.gantry.modeling.dag.Dag;
import dev.gantry.modeling.dag.DagEdge;
import dev.gantry.modeling.dag.DagSchedule;
import dev.gantry.modeling.dag.ScheduledTask;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * HEFT, Heterogeneous Earliest Finish Time (Topcuoglu, Hariri &amp; Wu 2002), exactly as spec scheduling §5.
 * Phase 1 ranks tasks by the upward rank {@code rank_u(i) = w̄_i + max_j (c_ij + rank_u(j))} in exact rationals,
 * where {@code w̄_i} is the mean execution cost; phase 2 takes tasks by non-increasing rank (ties to the lower index)
 * and puts each on the processor with the smallest earliest finish time (ties to the lower processor), using the
 * earliest idle gap that fits (insertion policy).
 */
public final class Heft {
    public static final String ID = "heft";

    private Heft() {
    }

    /** {@code rank_u} of every task, by task index. */
    public static List<Fraction> upwardRanks(Dag dag) {
        Fraction[] rank = new Fraction[dag.taskCount()];
        List<Integer> topological = dag.topologicalOrder();
        for (int k = topological.size() - 1; k >= 0; k--) {
            int i = topological.get(k);
            Fraction tail = Fraction.ZERO;
            for (DagEdge e : dag.successors(i)) {
                Fraction via = rank[e.to()].plus(e.cost());
                if (via.compareTo(tail) > 0) {
                    tail = via;
                }
            }
            rank[i] = meanCost(dag, i).plus(tail);
        }
        return List.of(rank);
    }

    /** {@code w̄_i = mean_p W[i][p]}. */
    public static Fraction meanCost(Dag dag, int task) {
        long sum = 0;
        for (int p = 0; p < dag.processorCount(); p++) {
            sum = Math.addExact(sum, dag.cost(task, p));
        }
        return Fraction.of(sum, dag.processorCount());
    }

    /**
     * Tasks by non-increasing {@code rank_u}, ties to the lower index. With positive costs ranks fall strictly along
     * every edge, so this sorted list is a topological order; should zero costs make a task tie with its
     * predecessor, the highest-ranked task whose predecessors are all placed is taken instead.
     */
    public static List<Integer> order(Dag dag) {
        List<Fraction> rank = upwardRanks(dag);
        Comparator<Integer> byRank = Comparator.<Integer, Fraction>comparing(rank::get).reversed()
                .thenComparing(Comparator.naturalOrder());
        List<Integer> sorted = new ArrayList<>();
        for (int i = 0; i < dag.taskCount(); i++) {
            sorted.add(i);
        }
        sorted.sort(byRank);
        int[] unplacedPredecessors = new int[dag.taskCount()];
        dag.edges().forEach(e -> unplacedPredecessors[e.to()]++);
        List<Integer> order = new ArrayList<>(sorted.size());
        while (!sorted.isEmpty()) {
            int at = 0;
            while (unplacedPredecessors[sorted.get(at)] > 0) {
                at++;
            }
            int task = sorted.remove(at);
            order.add(task);
            dag.successors(task).forEach(e -> unplacedPredecessors[e.to()]--);
        }
        return order;
    }

    /** The HEFT schedule. */
    public static DagSchedule schedule(Dag dag) {
        int q = dag.processorCount();
        List<List<ScheduledTask>> timeline = new ArrayList<>(q);
        for (int p = 0; p < q; p++) {
            timeline.add(new ArrayList<>());
        }
        ScheduledTask[] placed = new ScheduledTask[dag.taskCount()];
        for (int task : order(dag)) {
            ScheduledTask best = null;
            for (int p = 0; p < q; p++) {
                long duration = dag.cost(task, p);
                long start = earliestStart(timeline.get(p), readyTime(dag, placed, task, p), duration);
                if (best == null || start + duration < best.end()) {
                    best = new ScheduledTask(task, p, start, start + duration);
                }
            }
            placed[task] = best;
            List<ScheduledTask> on = timeline.get(best.processor());
            on.add(best);
            on.sort(Comparator.comparingLong(ScheduledTask::start).thenComparingLong(ScheduledTask::end));
        }
        return new DagSchedule(dag, List.of(placed));
    }

    /** When every predecessor's result is on processor p: its finish, plus the edge cost if it ran elsewhere. */
    private static long readyTime(Dag dag, ScheduledTask[] placed, int task, int processor) {
        long ready = 0;
        for (DagEdge e : dag.predecessors(task)) {
            ScheduledTask m = placed[e.from()];
            ready = Math.max(ready, m.end() + (m.processor() == processor ? 0 : e.cost()));
        }
        return ready;
    }

    /** The start of the earliest idle gap at or after {@code ready} that holds {@code duration}, else after the last task. */
    private static long earliestStart(List<ScheduledTask> busy, long ready, long duration) {
        long free = 0;
        for (ScheduledTask t : busy) {
            long start = Math.max(ready, free);
            if (start + duration <= t.start()) {
                return start;
            }
            free = Math.max(free, t.end());
        }
        return Math.max(ready, free);
    }
}
