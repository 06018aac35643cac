package dev.gantry.modeling.construction;

import dev.gantry.modeling.api.BoolVar;
import dev.gantry.modeling.api.Constraints;
import dev.gantry.modeling.api.Cumulative;
import dev.gantry.modeling.api.Hint;
import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.IntervalVar;
import dev.gantry.modeling.api.LinExpr;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.ModelBuilder;
import dev.gantry.modeling.api.Solution;
import dev.gantry.modeling.scheduling.TemporalAnalysis;
import dev.gantry.modeling.scheduling.TemporalInfeasibilityException;
import dev.gantry.modeling.scheduling.TemporalRelation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A project compiled to the CP model of spec scheduling §4.1, in working-day indices: one interval per activity from
 * its release; dependencies in groups {@code lag/<pred>-><succ>} (calendar-day lags exactly, through an Element
 * lookup per relation, see {@link CalendarPoints}); one Cumulative per crew ({@code resource/<crew>}); per zone
 * ({@code zone/<z>}) a NoOverlap when each trade has at most one activity there, else pairwise disjunctions between
 * activities of different trades; hard deadlines in {@code deadline/<id>}; objective: soft-deadline weighted
 * tardiness, then the project finish, then the sum of milestone dates (lexicographic). Crew capacity changes by date are not modelled.
 */
public final class ConstructionModel {
    private final Project project;
    private final Model model;
    private final Map<String, IntervalVar> intervals;
    private final long horizon;
    private final FinishBound finishBound;
    private final int finishStage;
    private final Auxiliaries auxiliaries;

    /** {@code first} is true when activity {@code a} ends before {@code b} starts in their zone. */
    private record ZoneOrder(BoolVar first, String a, String b) {
    }

    /** The variables besides the intervals that a complete warm start sets. */
    private record Auxiliaries(List<ZoneOrder> orders, Map<String, IntVar> tardiness, IntVar finish) {
    }

    private ConstructionModel(Project project, Model model, Map<String, IntervalVar> intervals, long horizon, FinishBound finishBound,
                              int finishStage, Auxiliaries auxiliaries) {
        this.finishStage = finishStage;
        this.auxiliaries = auxiliaries;
        this.project = project;
        this.model = model;
        this.intervals = intervals;
        this.horizon = horizon;
        this.finishBound = finishBound;
    }

    /**
     * Validates, looks for circular logic and positive cycles, then compiles.
     *
     * @throws InvalidProjectException for validation errors or circular logic
     * @throws TemporalInfeasibilityException for a positive cycle (max lags, hard deadlines), named before any solver runs
     */
    public static ConstructionModel compile(Project project) {
        List<Issue> issues = ProjectValidation.validate(project);
        if (ProjectValidation.hasErrors(issues)) {
            throw new InvalidProjectException(project.id() + " is invalid: " + issues.stream().filter(i -> i.severity() == Severity.ERROR)
                    .map(Issue::message).collect(Collectors.joining("; ")));
        }
        List<LogicCycle> cycles = DependencyAnalysis.cycles(project);
        if (!cycles.isEmpty()) {
            throw new InvalidProjectException(project.id() + " has circular logic: " + cycles.stream()
                    .map(c -> String.join(" -> ", c.cycle())).collect(Collectors.joining("; ")));
        }
        TemporalAnalysis temporal = DependencyAnalysis.temporal(project);
        if (temporal.positiveCycle().isPresent()) {
            throw new TemporalInfeasibilityException(project.id(), temporal.positiveCycle().get());
        }
        long horizon = horizon(project);
        ModelBuilder m = Model.builder(project.id(), project.activities().size() + 1);
        Map<String, IntervalVar> iv = new LinkedHashMap<>();
        for (Activity a : project.activities()) {
            long release = project.release(a);
            iv.put(a.id(), m.interval(a.id()).start(release, Math.max(release, horizon - a.duration())).size(a.duration()).build());
        }
        CalendarPoints points = new CalendarPoints(project, horizon);
        // parallel relations share their pair's group, labelled with all of them
        Map<String, String> labels = project.dependencies().stream().collect(Collectors.groupingBy(
                d -> TemporalRelation.groupOf(d.pred(), d.succ()), LinkedHashMap::new,
                Collectors.mapping(Dependency::describe, Collectors.joining("; "))));
        for (Dependency d : project.dependencies()) {
            String group = TemporalRelation.groupOf(d.pred(), d.succ());
            ModelBuilder.GroupBuilder g = m.group(group).label(labels.get(group));
            if (d.unit() == LagUnit.WD) {
                TemporalRelation r = DependencyAnalysis.relation(d, project.calendar());
                g.add(r.minConstraint(iv.get(d.pred()), iv.get(d.succ())));
                if (r.maxLag().isPresent()) {
                    g.add(r.maxConstraint(iv.get(d.pred()), iv.get(d.succ())));
                }
            } else {
                boolean fromEnd = d.type().fromEnd();
                boolean toEnd = d.type().toEnd();
                LinExpr from = fromEnd ? iv.get(d.pred()).end() : iv.get(d.pred()).start();
                LinExpr to = toEnd ? iv.get(d.succ()).end() : iv.get(d.succ()).start();
                String name = "cal/" + d.pred() + "->" + d.succ() + "/" + d.type();
                g.add(to.ge(points.earliest(m, name + "/min", from, fromEnd, toEnd, d.lag())));
                if (d.maxLag().isPresent()) {
                    g.add(to.le(points.latest(m, name + "/max", from, fromEnd, toEnd, d.maxLag().getAsLong())));
                }
            }
        }
        for (Crew c : project.crews()) {
            Cumulative.Builder cb = Constraints.cumulative(c.capacity());
            boolean any = false;
            for (Activity a : project.activities()) {
                long demand = a.demands().getOrDefault(c.id(), 0L);
                if (demand > 0 && a.duration() > 0) {
                    cb.demand(iv.get(a.id()), demand);
                    any = true;
                }
            }
            if (any) {
                m.group("resource/" + c.id()).label("crew " + c.id() + " has capacity " + c.capacity()).add(cb.build());
            }
        }
        List<ZoneOrder> orders = new ArrayList<>();
        LagNetwork network = new LagNetwork(project, points);
        for (Zone z : project.zones()) {
            postZone(m, z, project, iv, orders, network);
        }
        List<LinExpr> weighted = new ArrayList<>();
        Map<String, IntVar> tardiness = new LinkedHashMap<>();
        for (Activity a : project.activities()) {
            if (a.deadline().isEmpty()) {
                continue;
            }
            long latestEnd = project.latestEnd(a.deadline().get());
            if (a.deadline().get().type() == DeadlineType.HARD) {
                m.group("deadline/" + a.id()).label(a.id() + " finishes by " + a.deadline().get().date())
                        .add(iv.get(a.id()).end().le(latestEnd));
            } else if (a.deadline().get().weight() > 0) {
                IntVar tardy = m.intVar("tardiness/" + a.id(), 0, Math.max(0, horizon - latestEnd));
                tardiness.put(a.id(), tardy);
                m.add(Constraints.maxOf(tardy, iv.get(a.id()).end().minus(latestEnd), LinExpr.constant(0)));
                weighted.add(tardy.times(a.deadline().get().weight()));
            }
        }
        // a valid lower bound for every plan: CP-SAT then reports it (or better) as the finish stage's bound
        FinishBound bound = FinishBound.of(project);
        IntVar finish = m.intVar("finish", Math.min(bound.value(), horizon), horizon);
        m.add(Constraints.maxOf(finish, project.activities().stream().map(a -> iv.get(a.id()).end()).toList()));
        ModelBuilder.ObjectiveBuilder objective;
        if (weighted.isEmpty()) {
            objective = m.minimize(finish);
        } else {
            long max = weighted.stream().mapToLong(e -> e.max(p -> 0)).sum();
            IntVar total = m.intVar("weightedTardiness", 0, max);
            m.add(total.eq(LinExpr.sum(weighted)));
            objective = m.minimize(total).thenMinimize(finish);
        }
        List<LinExpr> milestones = project.activities().stream().filter(Activity::isMilestone).map(a -> iv.get(a.id()).end()).toList();
        if (!milestones.isEmpty()) {
            // last, milestones as early as the plan allows: nothing else pulls a milestone without successors forward
            objective.thenMinimize(LinExpr.sum(milestones));
        }
        return new ConstructionModel(project, m.build(), iv, horizon, bound, weighted.isEmpty() ? 0 : 1,
                new Auxiliaries(orders, tardiness, finish));
    }

    /**
     * Different trades never overlap in a zone; milestones take no room (spec §0). A pair the minimum lags already order
     * (start-to-start distance at least the first one's duration) needs no disjunction: fewer choices for the solver.
     */
    private static void postZone(ModelBuilder m, Zone z, Project project, Map<String, IntervalVar> iv, List<ZoneOrder> orders,
                                 LagNetwork network) {
        List<Activity> in = project.activities().stream()
                .filter(a -> a.duration() > 0 && a.zone().isPresent() && a.zone().get().equals(z.id())).toList();
        Map<String, Long> perTrade = in.stream().collect(Collectors.groupingBy(Activity::trade, Collectors.counting()));
        if (perTrade.size() < 2) {
            return;
        }
        ModelBuilder.GroupBuilder g = m.group("zone/" + z.id()).label("one trade at a time in zone " + z.id());
        if (perTrade.values().stream().allMatch(n -> n == 1)) {
            g.add(Constraints.noOverlap(in.stream().map(a -> iv.get(a.id())).toList()));
            return;
        }
        Map<String, Map<String, Long>> distances = new LinkedHashMap<>();
        in.forEach(a -> distances.put(a.id(), network.from(a.id())));
        for (int i = 0; i < in.size(); i++) {
            for (int j = i + 1; j < in.size(); j++) {
                Activity a = in.get(i);
                Activity b = in.get(j);
                if (a.trade().equals(b.trade()) || ordered(distances, a, b) || ordered(distances, b, a)) {
                    continue;
                }
                BoolVar first = m.boolVar("zone/" + z.id() + "/" + a.id() + "<" + b.id());
                orders.add(new ZoneOrder(first, a.id(), b.id()));
                g.add(Constraints.implies(first, iv.get(a.id()).end().le(iv.get(b.id()).start())));
                g.add(Constraints.implies(first.not(), iv.get(b.id()).end().le(iv.get(a.id()).start())));
            }
        }
    }

    private static boolean ordered(Map<String, Map<String, Long>> distances, Activity first, Activity second) {
        Long d = distances.get(first.id()).get(second.id());
        return d != null && d >= first.duration();
    }

    /**
     * Enough working days for any plan: the latest release plus all durations plus all positive lags (a calendar-day
     * lag never spans more working days than calendar days).
     */
    static long horizon(Project project) {
        long release = project.activities().stream().mapToLong(project::release).max().orElse(0);
        long work = project.activities().stream().mapToLong(Activity::duration).sum();
        long lags = project.dependencies().stream().mapToLong(d -> Math.max(0, d.lag())).sum();
        return Math.max(1, release + work + lags);
    }

    public Project project() {
        return project;
    }

    public Model model() {
        return model;
    }

    public long horizon() {
        return horizon;
    }

    /** The resource-based lower bound on the finish, also the lower end of the model's {@code finish} domain. */
    public FinishBound finishBound() {
        return finishBound;
    }

    /** The objective stage that minimises the finish: 1 after the tardiness stage, 0 without soft deadlines. */
    public int finishStage() {
        return finishStage;
    }

    public IntervalVar interval(String activityId) {
        return Optional.ofNullable(intervals.get(activityId))
                .orElseThrow(() -> new IllegalArgumentException("no activity " + activityId + " in " + project.id()));
    }

    /**
     * A warm start from a plan: every start, the zone orders, tardiness and finish it implies (a plan that breaks a
     * constraint still guides the search; the solver repairs it).
     */
    public Hint hint(ConstructionSchedule plan) {
        Map<String, Long> values = new LinkedHashMap<>();
        for (Activity a : project.activities()) {
            values.put(a.id() + ".start", plan.start(a.id()));
        }
        for (ZoneOrder o : auxiliaries.orders()) {
            values.put(o.first().name(), plan.end(o.a()) <= plan.start(o.b()) ? 1L : 0L);
        }
        long weighted = 0;
        for (Map.Entry<String, IntVar> e : auxiliaries.tardiness().entrySet()) {
            Activity a = project.activity(e.getKey()).orElseThrow();
            long late = Math.max(0, plan.end(a.id()) - project.latestEnd(a.deadline().orElseThrow()));
            values.put(e.getValue().name(), late);
            weighted += late * a.deadline().orElseThrow().weight();
        }
        if (!auxiliaries.tardiness().isEmpty()) {
            values.put("weightedTardiness", weighted);
        }
        values.put(auxiliaries.finish().name(), plan.finish());
        return Hint.of(values);
    }

    public ConstructionSchedule decode(Solution solution) {
        Map<String, Long> starts = new LinkedHashMap<>();
        intervals.forEach((id, v) -> starts.put(id, solution.start(v)));
        return new ConstructionSchedule(project, starts);
    }
}
