package dev.gantry.heuristics.quantum;

import dev.gantry.modeling.quantum.Demand;
import java.util.Comparator;

/** Instance {@code k} of a demand, released at {@code k·p} and due at {@code (k+1)·p}. */
record Job(Demand demand, int k, int fileIndex) {
    /**
     * §2 priority: absolute deadline, then {@code String.compareTo} on {@code legacy_name + "|" + k} (so
     * {@code …ID=47|0} precedes {@code …ID=8|0}), then file order.
     */
    static final Comparator<Job> PRIORITY = Comparator.comparingInt(Job::deadline)
            .thenComparing(Job::key)
            .thenComparingInt(Job::fileIndex);

    int release() {
        return k * demand.period();
    }

    int deadline() {
        return release() + demand.relativeDeadline();
    }

    String key() {
        return demand.legacyName() + "|" + k;
    }
}
