package dev.gantry.modeling.construction;

import dev.gantry.modeling.api.BoolVar;
import dev.gantry.modeling.api.Constraints;
import dev.gantry.modeling.api.Cumulative;
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

    private ConstructionModel(Project project, Model model, Map<String, IntervalVar> intervals, long horizon) {
        this.project = project;
        this.model = model;
        this.intervals = intervals;
        this.horizon = horizon;
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
        CalendarPoints points = new CalendarPoints(m, project, horizon);
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
                g.add(to.ge(points.earliest(name + "/min", from, fromEnd, toEnd, d.lag())));
                if (d.maxLag().isPresent()) {
                    g.add(to.le(points.latest(name + "/max", from, fromEnd, toEnd, d.maxLag().getAsLong())));
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
        for (Zone z : project.zones()) {
            postZone(m, z, project, iv);
        }
        List<LinExpr> weighted = new ArrayList<>();
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
                m.add(Constraints.maxOf(tardy, iv.get(a.id()).end().minus(latestEnd), LinExpr.constant(0)));
                weighted.add(tardy.times(a.deadline().get().weight()));
            }
        }
        IntVar finish = m.intVar("finish", 0, horizon);
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
        return new ConstructionModel(project, m.build(), iv, horizon);
    }

    /** Different trades never overlap in a zone; milestones take no room (spec §0). */
    private static void postZone(ModelBuilder m, Zone z, Project project, Map<String, IntervalVar> iv) {
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
        for (int i = 0; i < in.size(); i++) {
            for (int j = i + 1; j < in.size(); j++) {
                Activity a = in.get(i);
                Activity b = in.get(j);
                if (a.trade().equals(b.trade())) {
                    continue;
                }
                BoolVar first = m.boolVar("zone/" + z.id() + "/" + a.id() + "<" + b.id());
                g.add(Constraints.implies(first, iv.get(a.id()).end().le(iv.get(b.id()).start())));
                g.add(Constraints.implies(first.not(), iv.get(b.id()).end().le(iv.get(a.id()).start())));
            }
        }
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

    public IntervalVar interval(String activityId) {
        return Optional.ofNullable(intervals.get(activityId))
                .orElseThrow(() -> new IllegalArgumentException("no activity " + activityId + " in " + project.id()));
    }

    public ConstructionSchedule decode(Solution solution) {
        Map<String, Long> starts = new LinkedHashMap<>();
        intervals.forEach((id, v) -> starts.put(id, solution.start(v)));
        return new ConstructionSchedule(project, starts);
    }
}
