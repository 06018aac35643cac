package dev.gantry.verify.scheduling;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The sweep behind the capacity checks (R2, K3): at every start, the demand of the items running then. Zero-length
 * and zero-demand items take nothing (spec scheduling §0).
 */
public final class ResourceProfile {
    private ResourceProfile() {
    }

    /** One item on a resource: it holds {@code demand} units in {@code [start, end)}. */
    public record Use(String id, long start, long end, long demand) {
    }

    /** A time where the load exceeds the capacity, with the items running then. */
    public record Overload(long time, long load, List<String> running) {
    }

    public static List<Overload> overloads(long capacity, List<Use> uses) {
        TreeSet<Long> events = new TreeSet<>();
        uses.forEach(u -> events.add(u.start()));
        List<Overload> overloads = new ArrayList<>();
        for (long time : events) {
            long load = 0;
            List<String> running = new ArrayList<>();
            for (Use u : uses) {
                if (u.demand() > 0 && u.start() <= time && time < u.end()) {
                    load += u.demand();
                    running.add(u.id());
                }
            }
            if (load > capacity) {
                overloads.add(new Overload(time, load, running));
            }
        }
        return overloads;
    }
}
