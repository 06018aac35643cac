package dev.gantry.verify.scheduling;

import dev.gantry.modeling.scheduling.CumulativeResource;
import dev.gantry.modeling.scheduling.Precedence;
import dev.gantry.modeling.scheduling.Schedule;
import dev.gantry.modeling.scheduling.SchedulingProblem;
import dev.gantry.modeling.scheduling.Task;
import dev.gantry.modeling.scheduling.TemporalRelation;
import dev.gantry.modeling.scheduling.UnaryResource;
import dev.gantry.verify.VerificationReport;
import dev.gantry.verify.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a schedule of a generalised-precedence problem (spec scheduling §7.2): G1, every temporal requirement
 * (precedences, min and max lags of FS/SS/FF/SF relations, releases, deadlines), read from the definitions of the
 * relations rather than from any distance graph a solver used; R2, every cumulative profile within capacity; and
 * unary resources free of overlap (as R2 with capacity 1). The objective is the makespan.
 */
public final class TemporalScheduleVerifier {
    private TemporalScheduleVerifier() {
    }

    public static VerificationReport verify(SchedulingProblem problem, Schedule schedule) {
        List<Violation> violations = new ArrayList<>();
        Map<String, Long> start = new HashMap<>();
        Map<String, Long> end = new HashMap<>();
        for (Task t : problem.tasks()) {
            Long s = schedule.starts().get(t.id());
            if (s == null) {
                violations.add(new Violation("C2", List.of(t.id()), t.id() + " has no start"));
                continue;
            }
            start.put(t.id(), s);
            end.put(t.id(), s + t.duration());
            if (s < t.release()) {
                violations.add(new Violation("G1", List.of(t.id()), t.id() + " starts at " + s + ", before its release " + t.release()));
            }
            if (t.deadline().isPresent() && s + t.duration() > t.deadline().getAsLong()) {
                violations.add(new Violation("G1", List.of(t.id()), t.id() + " ends at " + (s + t.duration()) + ", after its deadline "
                        + t.deadline().getAsLong()));
            }
        }
        if (!violations.isEmpty()) {
            return VerificationReport.of(null, violations);
        }
        for (Precedence p : problem.precedences()) {
            long need = end.get(p.before()) + p.minLag();
            if (start.get(p.after()) < need) {
                violations.add(new Violation("G1", List.of(p.before(), p.after()), p.after() + " starts at " + start.get(p.after())
                        + " but " + p.before() + " ends at " + end.get(p.before()) + " with lag " + p.minLag()));
            }
        }
        for (TemporalRelation r : problem.relations()) {
            long from = r.type().fromEnd() ? end.get(r.pred()) : start.get(r.pred());
            long to = r.type().toEnd() ? end.get(r.succ()) : start.get(r.succ());
            if (to - from < r.minLag()) {
                violations.add(new Violation("G1", List.of(r.pred(), r.succ()), r.describe() + ": the distance is " + (to - from)
                        + ", below the minimum lag " + r.minLag()));
            }
            if (r.maxLag().isPresent() && to - from > r.maxLag().getAsLong()) {
                violations.add(new Violation("G1", List.of(r.pred(), r.succ()), r.describe() + ": the distance is " + (to - from)
                        + ", above the maximum lag " + r.maxLag().getAsLong()));
            }
        }
        Map<String, Long> duration = new HashMap<>();
        problem.tasks().forEach(t -> duration.put(t.id(), t.duration()));
        for (CumulativeResource r : problem.cumulativeResources()) {
            checkProfile(r.group(), r.capacity(), r.tasks(), r.demands(), start, duration, violations);
        }
        for (UnaryResource r : problem.unaryResources()) {
            checkProfile(r.group(), 1, r.tasks(), r.tasks().stream().map(t -> 1L).toList(), start, duration, violations);
        }
        long makespan = problem.tasks().stream().mapToLong(t -> end.get(t.id())).max().orElse(0);
        return VerificationReport.of(makespan, violations);
    }

    /** R2: at every start the running demand stays within capacity. */
    private static void checkProfile(String group, long capacity, List<String> tasks, List<Long> demands, Map<String, Long> start,
            Map<String, Long> duration, List<Violation> violations) {
        List<ResourceProfile.Use> uses = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            String t = tasks.get(i);
            uses.add(new ResourceProfile.Use(t, start.get(t), start.get(t) + duration.get(t), demands.get(i)));
        }
        for (ResourceProfile.Overload o : ResourceProfile.overloads(capacity, uses)) {
            violations.add(new Violation("R2", o.running(), group + " carries " + o.load() + " at time " + o.time() + ", above its capacity "
                    + capacity));
        }
    }
}
