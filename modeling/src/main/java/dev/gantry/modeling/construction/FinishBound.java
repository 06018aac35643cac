package dev.gantry.modeling.construction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lower bound on the project finish, in working days, that holds for every plan of the CP model
 * ({@link ConstructionModel}), and the argument that gives it. It relaxes the model in three ways:
 * <ul>
 *   <li><b>precedence</b>: heads {@code r_a} (earliest starts from releases and minimum lags, calendar-day lags exactly
 *   as the model reads them; max lags and deadlines dropped) plus tails {@code q_a} (the least time from a's start to
 *   the finish, calendar-day lags at their fewest working days anywhere in the horizon);</li>
 *   <li><b>crew</b>: for any set S of a crew's activities, {@code min r + ceil(Σ demand·duration / capacity) + min (q − d)}
 *   (sets: those with a head at least h, and those with a tail at least t, for every h and t);</li>
 *   <li><b>zone</b>: different trades never overlap in a zone, so each trade's longest activity there is a job of one
 *   machine; the same set bound with capacity 1;</li>
 *   <li><b>crews before and after</b>: heads raised by the set bound over the crew work that must end before an activity
 *   starts, tails by the crew work that starts after it; the crew and zone bounds use these raised heads and tails.</li>
 * </ul>
 * Unlike the CPM finish (which rounds calendar-day lags up to {@code ceil(lag · w / 7)}), every part is a valid bound.
 */
public record FinishBound(long value, String argument, long precedence) {

    public static FinishBound of(Project project) {
        long horizon = ConstructionModel.horizon(project);
        CalendarPoints points = new CalendarPoints(project, horizon);
        Map<String, Activity> byId = project.activitiesById();
        LagNetwork network = new LagNetwork(project, points);
        Map<String, Long> precedenceHead = heads(project, byId, network.order(), points);
        Map<String, Long> precedenceTail = network.tails();
        long precedence = 0;
        for (Activity a : project.activities()) {
            precedence = Math.max(precedence, precedenceHead.get(a.id()) + precedenceTail.get(a.id()));
        }
        Map<String, Map<String, Long>> distance = new HashMap<>();
        project.activities().forEach(a -> distance.put(a.id(), network.from(a.id())));
        Map<String, Long> head = adjustedHeads(project, network.order(), distance, precedenceHead);
        Map<String, Long> tail = adjustedTails(project, network.order(), distance, precedenceTail);
        long value = precedence;
        String argument = "precedence";
        for (Crew c : project.crews()) {
            List<Job> jobs = new ArrayList<>();
            for (Activity a : project.activities()) {
                long demand = a.demands().getOrDefault(c.id(), 0L);
                if (demand > 0 && a.duration() > 0) {
                    jobs.add(new Job(head.get(a.id()), demand * a.duration(), tail.get(a.id()) - a.duration()));
                }
            }
            long b = setBound(jobs, c.capacity());
            if (b > value) {
                value = b;
                argument = "crew " + c.id() + " (capacity " + c.capacity() + ")";
            }
        }
        for (Zone z : project.zones()) {
            Map<String, Activity> longest = new LinkedHashMap<>();
            for (Activity a : project.activities()) {
                if (a.duration() > 0 && a.zone().isPresent() && a.zone().get().equals(z.id())) {
                    longest.merge(a.trade(), a, (x, y) -> y.duration() > x.duration() ? y : x);
                }
            }
            List<Job> jobs = longest.values().stream()
                    .map(a -> new Job(head.get(a.id()), a.duration(), tail.get(a.id()) - a.duration())).toList();
            long b = setBound(jobs, 1);
            if (b > value) {
                value = b;
                argument = "zone " + z.id() + " (one trade at a time)";
            }
        }
        // last, so that a crew or zone argument wins a tie: it is the simpler one to read
        for (Activity a : project.activities()) {
            if (head.get(a.id()) + tail.get(a.id()) > value) {
                value = head.get(a.id()) + tail.get(a.id());
                argument = "the crews before and after " + a.id();
            }
        }
        return new FinishBound(value, argument, precedence);
    }

    /**
     * Heads raised by the crews: the activities of one crew that must end before j starts (distance at least their
     * duration) need {@code min head + ceil(work / capacity)} plus the least gap to j; then j's successors follow it.
     */
    private static Map<String, Long> adjustedHeads(Project project, List<String> order, Map<String, Map<String, Long>> distance,
                                                   Map<String, Long> precedenceHead) {
        Map<String, Long> head = new HashMap<>(precedenceHead);
        for (String j : order) {
            long h = head.get(j);
            for (Activity a : project.activities()) {
                Long d = distance.get(a.id()).get(j);
                if (d != null && !a.id().equals(j)) {
                    h = Math.max(h, head.get(a.id()) + d);
                }
            }
            for (Crew c : project.crews()) {
                List<Job> before = new ArrayList<>();
                for (Activity a : project.activities()) {
                    long demand = a.demands().getOrDefault(c.id(), 0L);
                    Long d = distance.get(a.id()).get(j);
                    if (demand > 0 && a.duration() > 0 && d != null && !a.id().equals(j) && d >= a.duration()) {
                        before.add(new Job(head.get(a.id()), demand * a.duration(), d - a.duration()));
                    }
                }
                h = Math.max(h, setBound(before, c.capacity()));
            }
            head.put(j, h);
        }
        return head;
    }

    /** Tails raised the same way by the activities of one crew that start after i does (at their least distance). */
    private static Map<String, Long> adjustedTails(Project project, List<String> order, Map<String, Map<String, Long>> distance,
                                                   Map<String, Long> precedenceTail) {
        Map<String, Long> tail = new HashMap<>(precedenceTail);
        for (int k = order.size() - 1; k >= 0; k--) {
            String i = order.get(k);
            Map<String, Long> from = distance.get(i);
            long q = tail.get(i);
            for (Map.Entry<String, Long> e : from.entrySet()) {
                if (!e.getKey().equals(i)) {
                    q = Math.max(q, e.getValue() + tail.get(e.getKey()));
                }
            }
            for (Crew c : project.crews()) {
                List<Job> after = new ArrayList<>();
                for (Map.Entry<String, Long> e : from.entrySet()) {
                    Activity b = project.activity(e.getKey()).orElseThrow();
                    long demand = b.demands().getOrDefault(c.id(), 0L);
                    if (demand > 0 && b.duration() > 0) {
                        after.add(new Job(e.getValue(), demand * b.duration(), tail.get(b.id()) - b.duration()));
                    }
                }
                q = Math.max(q, setBound(after, c.capacity()));
            }
            tail.put(i, q);
        }
        return tail;
    }

    /** An activity as a resource sees it: earliest start, work (demand · duration), least time from its end to the finish. */
    private record Job(long head, long work, long tail) {
    }

    /** The best of {@code min head + ceil(work / capacity) + min tail} over the head-suffix and tail-suffix sets. */
    private static long setBound(List<Job> jobs, long capacity) {
        long best = 0;
        List<Job> byHead = jobs.stream().sorted(Comparator.comparingLong(Job::head)).toList();
        long work = 0;
        long minTail = Long.MAX_VALUE;
        for (int i = byHead.size() - 1; i >= 0; i--) {
            work += byHead.get(i).work();
            minTail = Math.min(minTail, byHead.get(i).tail());
            best = Math.max(best, byHead.get(i).head() + ceilDiv(work, capacity) + minTail);
        }
        List<Job> byTail = jobs.stream().sorted(Comparator.comparingLong(Job::tail)).toList();
        work = 0;
        long minHead = Long.MAX_VALUE;
        for (int i = byTail.size() - 1; i >= 0; i--) {
            work += byTail.get(i).work();
            minHead = Math.min(minHead, byTail.get(i).head());
            best = Math.max(best, minHead + ceilDiv(work, capacity) + byTail.get(i).tail());
        }
        return best;
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    /** Earliest starts under releases and minimum lags only, in topological order of the (acyclic) logic graph. */
    private static Map<String, Long> heads(Project project, Map<String, Activity> byId, List<String> order, CalendarPoints points) {
        Map<String, List<Dependency>> into = new HashMap<>();
        project.dependencies().forEach(d -> into.computeIfAbsent(d.succ(), k -> new ArrayList<>()).add(d));
        Map<String, Long> head = new HashMap<>();
        for (String id : order) {
            Activity a = byId.get(id);
            long s = Math.max(0, project.release(a));
            for (Dependency d : into.getOrDefault(id, List.of())) {
                long dPred = byId.get(d.pred()).duration();
                long from = head.get(d.pred()) + (d.type().fromEnd() ? dPred : 0);
                long to;
                if (d.unit() == LagUnit.WD) {
                    to = from + d.lag();
                } else {
                    long[] g = points.earliestTable(d.type().fromEnd(), d.type().toEnd(), d.lag());
                    // beyond the table the last entry is still a lower bound: G is monotone
                    to = g[(int) Math.min(Math.max(from, 0), g.length - 1)];
                }
                s = Math.max(s, to - (d.type().toEnd() ? a.duration() : 0));
            }
            head.put(id, s);
        }
        return head;
    }
}
