package dev.gantry.modeling.construction;

import dev.gantry.modeling.scheduling.TemporalAnalysis;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A serial schedule-generation pass, the warm start of the CP solve: repeatedly take, among the activities whose
 * predecessors are all placed, the one with the smallest latest start (CPM with the deadlines; ties: earliest start, then
 * file order), and place it at the first day from its earliest start (releases, minimum lags, calendar-day lags exactly)
 * where its crews have room and no other trade works in its zone. Max lags and hard deadlines are not searched for: an
 * activity placed past them makes the plan infeasible, which {@link #feasible()} reports (the solver repairs a hint).
 */
public record SerialSchedule(ConstructionSchedule schedule, boolean feasible) {

    /** Passes made at most: each one after the first moves the activities behind a late one up the priority list. */
    static final int PASSES = 200;
    private static final int NOISE = 10;
    private static final long SEED = 1;

    public static SerialSchedule of(Project project) {
        return of(project, PASSES, NOISE, SEED);
    }

    /** {@code passes} passes, the priorities of all but the first perturbed by up to {@code noise} days (seeded). */
    public static SerialSchedule of(Project project, int passes, int noise, long seed) {
        TemporalAnalysis temporal = DependencyAnalysis.temporal(project);
        if (!temporal.feasible()) {
            throw new IllegalArgumentException(project.id() + " has a positive cycle; no schedule");
        }
        Map<String, Long> es = temporal.earliestStarts();
        Map<String, Long> priority = new HashMap<>(temporal.latestStarts());
        Map<String, List<String>> preds = new HashMap<>();
        project.dependencies().forEach(d -> preds.computeIfAbsent(d.succ(), k -> new ArrayList<>()).add(d.pred()));
        SerialSchedule best = null;
        java.util.Random random = new java.util.Random(seed);
        for (int pass = 0; pass < passes; pass++) {
            Map<String, Long> noisy = new HashMap<>(priority);
            if (pass > 0) {
                // biased random sampling: ties and near-ties of the rule are broken differently on every pass
                noisy.replaceAll((id, v) -> v + random.nextInt(noise));
            }
            SerialSchedule s = pass(project, noisy, es);
            if (best == null || better(s, best)) {
                best = s;
            }
            Map<String, Long> late = lateness(project, s.schedule());
            if (late.isEmpty()) {
                break;
            }
            // deadline-driven repair: everything a late activity waits for goes earlier in the list by its lateness
            late.forEach((id, days) -> ancestors(id, preds).forEach(x -> priority.merge(x, -days, Long::sum)));
        }
        return best;
    }

    /** Feasible first, then less weighted tardiness, then an earlier finish. */
    private static boolean better(SerialSchedule s, SerialSchedule than) {
        if (s.feasible() != than.feasible()) {
            return s.feasible();
        }
        long t = Long.compare(s.schedule().weightedTardiness(), than.schedule().weightedTardiness());
        return t != 0 ? t < 0 : s.schedule().finish() < than.schedule().finish();
    }

    /** Working days past each deadline (hard or soft with weight), by activity. */
    private static Map<String, Long> lateness(Project project, ConstructionSchedule plan) {
        Map<String, Long> late = new LinkedHashMap<>();
        for (Activity a : project.activities()) {
            if (a.deadline().isPresent()) {
                long days = plan.end(a.id()) - project.latestEnd(a.deadline().get());
                if (days > 0) {
                    late.put(a.id(), days);
                }
            }
        }
        return late;
    }

    private static Set<String> ancestors(String id, Map<String, List<String>> preds) {
        Set<String> seen = new HashSet<>();
        List<String> stack = new ArrayList<>(List.of(id));
        while (!stack.isEmpty()) {
            String x = stack.remove(stack.size() - 1);
            if (seen.add(x)) {
                stack.addAll(preds.getOrDefault(x, List.of()));
            }
        }
        return seen;
    }

    private static SerialSchedule pass(Project project, Map<String, Long> ls, Map<String, Long> es) {
        Map<String, Activity> byId = project.activitiesById();
        long horizon = ConstructionModel.horizon(project);
        long maxDuration = project.activities().stream().mapToLong(Activity::duration).max().orElse(0);
        int days = Math.toIntExact(horizon + maxDuration + 1);
        CalendarPoints points = new CalendarPoints(project, horizon);
        Map<String, Long> capacity = new HashMap<>();
        project.crews().forEach(c -> capacity.put(c.id(), c.capacity()));
        Map<String, long[]> used = new HashMap<>();
        Map<String, String[]> zoneTrade = new HashMap<>();
        Map<String, List<Dependency>> into = new HashMap<>();
        Map<String, Integer> waiting = new LinkedHashMap<>();
        project.activities().forEach(a -> waiting.put(a.id(), 0));
        for (Dependency d : project.dependencies()) {
            into.computeIfAbsent(d.succ(), k -> new ArrayList<>()).add(d);
            waiting.merge(d.succ(), 1, Integer::sum);
        }
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < project.activities().size(); i++) {
            position.put(project.activities().get(i).id(), i);
        }
        Map<String, Long> starts = new LinkedHashMap<>();
        Set<String> placed = new HashSet<>();
        boolean feasible = true;
        while (placed.size() < project.activities().size()) {
            Activity a = null;
            for (Activity c : project.activities()) {
                if (!placed.contains(c.id()) && waiting.get(c.id()) == 0 && (a == null || before(c, a, ls, es, position))) {
                    a = c;
                }
            }
            if (a == null) {
                throw new IllegalArgumentException(project.id() + " has circular logic; no schedule");
            }
            long earliest = Math.max(0, project.release(a));
            long latest = Long.MAX_VALUE;
            for (Dependency d : into.getOrDefault(a.id(), List.of())) {
                long from = starts.get(d.pred()) + (d.type().fromEnd() ? byId.get(d.pred()).duration() : 0);
                long shift = d.type().toEnd() ? a.duration() : 0;
                earliest = Math.max(earliest, point(points, d, from, d.lag(), true) - shift);
                if (d.maxLag().isPresent()) {
                    latest = Math.min(latest, point(points, d, from, d.maxLag().getAsLong(), false) - shift);
                }
            }
            if (a.deadline().isPresent() && a.deadline().get().type() == DeadlineType.HARD) {
                latest = Math.min(latest, project.latestEnd(a.deadline().get()) - a.duration());
            }
            long t = earliest;
            while (t + a.duration() < days && !fits(a, t, capacity, used, zoneTrade, days)) {
                t++;
            }
            feasible &= t <= latest && t + a.duration() < days;
            occupy(a, t, used, zoneTrade, days);
            starts.put(a.id(), t);
            placed.add(a.id());
            for (Dependency d : project.dependencies()) {
                if (d.pred().equals(a.id())) {
                    waiting.merge(d.succ(), -1, Integer::sum);
                }
            }
        }
        Map<String, Long> ordered = new LinkedHashMap<>();
        project.activities().forEach(x -> ordered.put(x.id(), starts.get(x.id())));
        return new SerialSchedule(new ConstructionSchedule(project, ordered), feasible);
    }

    private static boolean before(Activity c, Activity a, Map<String, Long> ls, Map<String, Long> es, Map<String, Integer> position) {
        int byLatest = Long.compare(ls.get(c.id()), ls.get(a.id()));
        if (byLatest != 0) {
            return byLatest < 0;
        }
        int byEarliest = Long.compare(es.get(c.id()), es.get(a.id()));
        return byEarliest != 0 ? byEarliest < 0 : position.get(c.id()) < position.get(a.id());
    }

    /** The reference point a lag reaches from {@code from}: exact in working days, through the calendar tables in days. */
    private static long point(CalendarPoints points, Dependency d, long from, long lag, boolean earliest) {
        if (d.unit() == LagUnit.WD) {
            return from + lag;
        }
        long[] table = earliest ? points.earliestTable(d.type().fromEnd(), d.type().toEnd(), lag)
                : points.latestTable(d.type().fromEnd(), d.type().toEnd(), lag);
        return table[(int) Math.min(Math.max(from, 0), table.length - 1)];
    }

    private static boolean fits(Activity a, long t, Map<String, Long> capacity, Map<String, long[]> used, Map<String, String[]> zoneTrade,
                                int days) {
        for (long u = t; u < t + a.duration(); u++) {
            for (Map.Entry<String, Long> e : a.demands().entrySet()) {
                if (used.computeIfAbsent(e.getKey(), k -> new long[days])[(int) u] + e.getValue() > capacity.get(e.getKey())) {
                    return false;
                }
            }
            if (a.zone().isPresent()) {
                String other = zoneTrade.computeIfAbsent(a.zone().get(), k -> new String[days])[(int) u];
                if (other != null && !other.equals(a.trade())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void occupy(Activity a, long t, Map<String, long[]> used, Map<String, String[]> zoneTrade, int days) {
        for (long u = t; u < Math.min(t + a.duration(), days); u++) {
            for (Map.Entry<String, Long> e : a.demands().entrySet()) {
                used.computeIfAbsent(e.getKey(), k -> new long[days])[(int) u] += e.getValue();
            }
            if (a.zone().isPresent()) {
                zoneTrade.computeIfAbsent(a.zone().get(), k -> new String[days])[(int) u] = a.trade();
            }
        }
    }
}
