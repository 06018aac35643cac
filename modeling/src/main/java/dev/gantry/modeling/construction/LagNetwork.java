package dev.gantry.modeling.construction;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The minimum lags of a project (max lags dropped) as start-to-start distances that hold for every plan of the model:
 * working-day lags exactly, calendar-day lags at their fewest working days anywhere in the horizon. Over the acyclic
 * logic graph, in topological order.
 */
final class LagNetwork {
    private final Project project;
    private final List<String> order;
    private final Map<String, List<Dependency>> out = new HashMap<>();
    private final Map<Dependency, Long> distance = new HashMap<>();

    LagNetwork(Project project, CalendarPoints points) {
        this.project = project;
        this.order = topologicalOrder(project);
        Map<String, Activity> byId = project.activitiesById();
        for (Dependency d : project.dependencies()) {
            out.computeIfAbsent(d.pred(), k -> new ArrayList<>()).add(d);
            long lag = d.unit() == LagUnit.WD ? d.lag() : fewestWorkdays(points.earliestTable(d.type().fromEnd(), d.type().toEnd(), d.lag()));
            distance.put(d, (d.type().fromEnd() ? byId.get(d.pred()).duration() : 0) + lag - (d.type().toEnd() ? byId.get(d.succ()).duration() : 0));
        }
    }

    /** Activity ids, every predecessor before its successors. */
    List<String> order() {
        return order;
    }

    /** The least time from an activity's start to the finish: its duration, or a successor's tail after the least distance. */
    Map<String, Long> tails() {
        Map<String, Activity> byId = project.activitiesById();
        Map<String, Long> tail = new HashMap<>();
        for (int i = order.size() - 1; i >= 0; i--) {
            String id = order.get(i);
            long q = byId.get(id).duration();
            for (Dependency d : out.getOrDefault(id, List.of())) {
                q = Math.max(q, distance.get(d) + tail.get(d.succ()));
            }
            tail.put(id, q);
        }
        return tail;
    }

    /** The longest start-to-start distances from {@code source} to the activities it leads to (others absent). */
    Map<String, Long> from(String source) {
        Map<String, Long> dist = new HashMap<>();
        dist.put(source, 0L);
        for (String id : order) {
            Long here = dist.get(id);
            if (here == null) {
                continue;
            }
            for (Dependency d : out.getOrDefault(id, List.of())) {
                dist.merge(d.succ(), here + distance.get(d), Math::max);
            }
        }
        return dist;
    }

    /** {@code min (G[p] − p)} over the points whose answer lies inside the table (past it, G is cut off at the horizon). */
    private static long fewestWorkdays(long[] g) {
        long inside = Long.MAX_VALUE;
        long any = Long.MAX_VALUE;
        for (int p = 0; p < g.length; p++) {
            any = Math.min(any, g[p] - p);
            if (g[p] < g.length) {
                inside = Math.min(inside, g[p] - p);
            }
        }
        return inside != Long.MAX_VALUE ? inside : any;
    }

    /** Kahn's algorithm on pred → succ of every dependency; the caller has rejected circular logic. */
    private static List<String> topologicalOrder(Project project) {
        Map<String, Integer> indegree = new LinkedHashMap<>();
        Map<String, List<String>> succ = new HashMap<>();
        project.activities().forEach(a -> indegree.put(a.id(), 0));
        for (Dependency d : project.dependencies()) {
            indegree.merge(d.succ(), 1, Integer::sum);
            succ.computeIfAbsent(d.pred(), k -> new ArrayList<>()).add(d.succ());
        }
        Deque<String> ready = new ArrayDeque<>();
        indegree.forEach((id, n) -> {
            if (n == 0) {
                ready.add(id);
            }
        });
        List<String> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String id = ready.poll();
            order.add(id);
            for (String s : succ.getOrDefault(id, List.of())) {
                if (indegree.merge(s, -1, Integer::sum) == 0) {
                    ready.add(s);
                }
            }
        }
        if (order.size() != indegree.size()) {
            throw new IllegalArgumentException(project.id() + " has circular logic");
        }
        return order;
    }
}
