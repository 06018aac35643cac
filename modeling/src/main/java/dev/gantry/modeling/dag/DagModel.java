package dev.gantry.modeling.dag;

import dev.gantry.modeling.api.BoolVar;
import dev.gantry.modeling.api.Constraints;
import dev.gantry.modeling.api.Hint;
import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.IntervalVar;
import dev.gantry.modeling.api.LinExpr;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.ModelBuilder;
import dev.gantry.modeling.api.Solution;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The exact counterpart of HEFT (spec scheduling §5). Per task i a start {@code n<i>.start}, an end {@code n<i>.end}
 * and one optional interval {@code n<i>@P<p>} of size {@code W[i][p]} per processor, sharing the start; exactly one
 * is present (group {@code task/n<i>}). One NoOverlap per processor (group {@code processor/P<p>}, zero-cost tasks
 * left out, spec §0). For an edge i→j with cost c and each processor p:
 * {@code present(i,p) ⇒ S_j ≥ E_i + c − c·present(j,p)}, which is {@code S_j ≥ E_i} when j shares p and
 * {@code S_j ≥ E_i + c} otherwise (group {@code lag/n<i>->n<j>}). The enforcement sits on a linear constraint, which
 * every backend takes natively. The makespan is the largest end of an exit task, minimised.
 */
public final class DagModel {
    private final Dag dag;
    private final Model model;
    private final IntVar[] starts;
    private final IntVar[] ends;
    private final IntervalVar[][] options;
    private final IntVar makespan;

    private DagModel(Dag dag, Model model, IntVar[] starts, IntVar[] ends, IntervalVar[][] options, IntVar makespan) {
        this.dag = dag;
        this.model = model;
        this.starts = starts;
        this.ends = ends;
        this.options = options;
        this.makespan = makespan;
    }

    /** The model with the serial makespan as horizon. */
    public static DagModel compile(Dag dag) {
        return compile(dag, Optional.empty());
    }

    /**
     * The model; with a schedule (HEFT's, say) its makespan is the horizon (spec §0), which only cuts plans no better
     * than it, so that schedule remains feasible and serves as the hint.
     */
    public static DagModel compile(Dag dag, Optional<DagSchedule> incumbent) {
        long horizon = Math.min(dag.serialMakespan(), incumbent.map(DagSchedule::makespan).orElse(Long.MAX_VALUE));
        int v = dag.taskCount();
        int q = dag.processorCount();
        ModelBuilder m = Model.builder(dag.name(), v * (q + 2) + 1);
        IntVar[] starts = new IntVar[v];
        IntVar[] ends = new IntVar[v];
        IntervalVar[][] options = new IntervalVar[v][q];
        for (int i = 0; i < v; i++) {
            String id = Dag.id(i);
            long fastest = Long.MAX_VALUE;
            for (int p = 0; p < q; p++) {
                fastest = Math.min(fastest, dag.cost(i, p));
            }
            starts[i] = m.intVar(id + ".start", 0, horizon - fastest);
            ends[i] = m.intVar(id + ".end", fastest, horizon);
            List<BoolVar> present = new ArrayList<>(q);
            LinExpr duration = LinExpr.constant(0);
            for (int p = 0; p < q; p++) {
                options[i][p] = m.interval(id + "@P" + p).start(starts[i]).size(dag.cost(i, p)).optional().build();
                BoolVar x = presence(options[i][p]);
                present.add(x);
                duration = duration.plus(x.times(dag.cost(i, p)));
            }
            ModelBuilder.GroupBuilder task = m.group("task/" + id).label("Task " + id + " runs on exactly one processor");
            task.add(Constraints.exactlyOne(present));
            m.add(ends[i].eq(starts[i].plus(duration)));
        }
        for (int p = 0; p < q; p++) {
            List<IntervalVar> on = new ArrayList<>();
            for (int i = 0; i < v; i++) {
                if (dag.cost(i, p) > 0) {
                    on.add(options[i][p]);
                }
            }
            m.group("processor/P" + p).label("Processor P" + p + " runs one task at a time").add(Constraints.noOverlap(on));
        }
        for (DagEdge e : dag.edges()) {
            String from = Dag.id(e.from());
            String to = Dag.id(e.to());
            ModelBuilder.GroupBuilder lag = m.group("lag/" + from + "->" + to)
                    .label(to + " starts after " + from + " ends and its data arrives");
            if (e.cost() == 0) {
                lag.add(starts[e.to()].ge(ends[e.from()]));
                continue;
            }
            for (int p = 0; p < q; p++) {
                BoolVar sameProcessor = presence(options[e.to()][p]);
                lag.add(Constraints.implies(presence(options[e.from()][p]),
                        starts[e.to()].ge(ends[e.from()].plus(e.cost()).minus(sameProcessor.times(e.cost())))));
            }
        }
        IntVar makespan = m.intVar("makespan", 0, horizon);
        m.add(Constraints.maxOf(makespan, dag.exits().stream().map(i -> ends[i].expr()).toList()));
        m.minimize(makespan);
        return new DagModel(dag, m.build(), starts, ends, options, makespan);
    }

    private static BoolVar presence(IntervalVar interval) {
        return (BoolVar) interval.presence().orElseThrow();
    }

    public Dag dag() {
        return dag;
    }

    public Model model() {
        return model;
    }

    public IntVar makespan() {
        return makespan;
    }

    /** Each task on the processor whose interval is present, at its start. */
    public DagSchedule decode(Solution solution) {
        List<ScheduledTask> tasks = new ArrayList<>(dag.taskCount());
        for (int i = 0; i < dag.taskCount(); i++) {
            long start = solution.value(starts[i]);
            for (int p = 0; p < dag.processorCount(); p++) {
                if (solution.isPresent(options[i][p])) {
                    tasks.add(new ScheduledTask(i, p, start, start + dag.cost(i, p)));
                }
            }
        }
        return new DagSchedule(dag, tasks);
    }

    /** A complete warm start from a plan of the same DAG: starts, ends, processor choices and the makespan. */
    public Hint hint(DagSchedule plan) {
        Map<String, Long> values = new LinkedHashMap<>();
        for (ScheduledTask t : plan.tasks()) {
            values.put(starts[t.task()].name(), t.start());
            values.put(ends[t.task()].name(), t.end());
            for (int p = 0; p < dag.processorCount(); p++) {
                values.put(presence(options[t.task()][p]).name(), p == t.processor() ? 1L : 0L);
            }
        }
        values.put(makespan.name(), plan.makespan());
        return Hint.of(values);
    }
}
