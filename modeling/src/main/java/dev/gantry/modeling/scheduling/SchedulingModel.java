package dev.gantry.modeling.scheduling;

import dev.gantry.modeling.api.Constraints;
import dev.gantry.modeling.api.Cumulative;
import dev.gantry.modeling.api.Hint;
import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.IntervalVar;
import dev.gantry.modeling.api.LinExpr;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.ModelBuilder;
import dev.gantry.modeling.api.Solution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link SchedulingProblem} compiled to the IR: one fixed-size interval {@code <task>} (start variable
 * {@code <task>.start}) per task, one linear constraint per precedence and per min or max lag of a relation, one NoOverlap per unary resource (zero-length
 * tasks left out, spec §0), one Cumulative per cumulative resource (positive demands only) and the objective.
 */
public final class SchedulingModel {
    private final SchedulingProblem problem;
    private final Model model;
    private final Map<String, IntervalVar> intervals;
    private final IntVar objective;

    private SchedulingModel(SchedulingProblem problem, Model model, Map<String, IntervalVar> intervals, IntVar objective) {
        this.problem = problem;
        this.model = model;
        this.intervals = intervals;
        this.objective = objective;
    }

    /**
     * Compiles the problem. With generalised relations, the positive-cycle test of spec §3 runs first, so a
     * contradiction among the temporal requirements is reported by name before any solver runs.
     *
     * @throws TemporalInfeasibilityException naming the positive cycle's tasks, relations and excess
     */
    public static SchedulingModel compile(SchedulingProblem problem) {
        if (!problem.relations().isEmpty()) {
            TemporalAnalysis analysis = TemporalAnalysis.of(problem);
            if (analysis.positiveCycle().isPresent()) {
                throw new TemporalInfeasibilityException(problem.name(), analysis.positiveCycle().get());
            }
        }
        long horizon = problem.effectiveHorizon();
        ModelBuilder m = Model.builder(problem.name(), problem.tasks().size() + 1);
        Map<String, IntervalVar> iv = new HashMap<>(2 * problem.tasks().size());
        for (Task t : problem.tasks()) {
            iv.put(t.id(), m.interval(t.id()).start(t.release(), Math.max(t.release(), horizon - t.duration())).size(t.duration()).build());
            if (t.deadline().isPresent()) {
                // a named requirement, so an explanation can blame the deadline
                group(m, problem, "deadline/" + t.id()).add(iv.get(t.id()).end().le(t.deadline().getAsLong()));
            }
        }
        Map<String, ModelBuilder.GroupBuilder> groups = new HashMap<>();
        for (Precedence p : problem.precedences()) {
            groups.computeIfAbsent(p.group(), g -> group(m, problem, g)).add(iv.get(p.after()).start().ge(iv.get(p.before()).end().plus(p.minLag())));
        }
        for (TemporalRelation r : problem.relations()) {
            ModelBuilder.GroupBuilder g = groups.computeIfAbsent(r.group(), name -> group(m, problem, name));
            g.add(r.minConstraint(iv.get(r.pred()), iv.get(r.succ())));
            if (r.maxLag().isPresent()) {
                g.add(r.maxConstraint(iv.get(r.pred()), iv.get(r.succ())));
            }
        }
        for (UnaryResource r : problem.unaryResources()) {
            List<IntervalVar> on = new ArrayList<>();
            for (String id : r.tasks()) {
                if (iv.get(id).size().constant() > 0) {
                    on.add(iv.get(id));
                }
            }
            group(m, problem, r.group()).add(Constraints.noOverlap(on));
        }
        for (CumulativeResource r : problem.cumulativeResources()) {
            Cumulative.Builder cb = Constraints.cumulative(r.capacity());
            for (int i = 0; i < r.tasks().size(); i++) {
                if (r.demands().get(i) > 0) {
                    cb.demand(iv.get(r.tasks().get(i)), r.demands().get(i));
                }
            }
            group(m, problem, r.group()).add(cb.build());
        }
        IntVar objective = switch (problem.objective()) {
            case MAKESPAN -> {
                IntVar makespan = m.intVar("makespan", 0, horizon);
                m.add(Constraints.maxOf(makespan, problem.sinks().stream().map(t -> iv.get(t.id()).end()).toList()));
                yield makespan;
            }
            case TOTAL_WEIGHTED_TARDINESS -> {
                List<LinExpr> weighted = new ArrayList<>();
                for (Task t : problem.tasks()) {
                    if (t.due().isPresent() && t.weight() > 0) {
                        IntVar tardy = m.intVar("tardiness/" + t.id(), 0, Math.max(0, horizon - t.due().getAsLong()));
                        m.add(Constraints.maxOf(tardy, iv.get(t.id()).end().minus(t.due().getAsLong()), LinExpr.constant(0)));
                        weighted.add(tardy.times(t.weight()));
                    }
                }
                long max = weighted.stream().mapToLong(e -> e.max(p -> 0)).sum();
                IntVar total = m.intVar("totalWeightedTardiness", 0, max);
                m.add(total.eq(LinExpr.sum(weighted)));
                yield total;
            }
        };
        m.minimize(objective);
        return new SchedulingModel(problem, m.build(), iv, objective);
    }

    private static ModelBuilder.GroupBuilder group(ModelBuilder m, SchedulingProblem problem, String group) {
        ModelBuilder.GroupBuilder g = m.group(group);
        String label = problem.groupLabels().get(group);
        return label == null ? g : g.label(label);
    }

    public SchedulingProblem problem() {
        return problem;
    }

    public Model model() {
        return model;
    }

    public IntervalVar interval(String taskId) {
        IntervalVar v = intervals.get(taskId);
        if (v == null) {
            throw new IllegalArgumentException("no task " + taskId + " in " + problem.name());
        }
        return v;
    }

    /** The objective variable ({@code makespan} or {@code totalWeightedTardiness}). */
    public IntVar objective() {
        return objective;
    }

    /** Start times of every task in a solution. */
    public Schedule decode(Solution solution) {
        Map<String, Long> starts = new LinkedHashMap<>();
        for (Task t : problem.tasks()) {
            starts.put(t.id(), solution.start(intervals.get(t.id())));
        }
        return new Schedule(starts);
    }

    /** A complete warm start from a schedule: every start and the objective it implies. */
    public Hint hint(Schedule schedule) {
        Map<String, Long> values = new LinkedHashMap<>();
        for (Task t : problem.tasks()) {
            values.put(t.id() + ".start", schedule.start(t.id()));
        }
        if (problem.objective() == SchedulingObjective.MAKESPAN) {
            values.put(objective.name(), problem.evaluate(schedule));
        }
        return Hint.of(values);
    }
}
