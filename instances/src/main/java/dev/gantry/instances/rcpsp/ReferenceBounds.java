package dev.gantry.instances.rcpsp;

import dev.gantry.modeling.rcpsp.Rcpsp;

import java.util.OptionalLong;

/**
 * The reference bounds of one RCPSP instance (spec scheduling §2.2, §2.5): the critical-path length, the proven lower
 * bound LB (the PSPLIB lower value where given, else the critical path; never below it) and UB* = min(the heuristic
 * list's makespan, the PSPLIB upper value), absent when neither is known.
 */
public record ReferenceBounds(String instance, long criticalPath, long lowerBound, OptionalLong upperBound) {
    /** Whether the optimum is known: UB* meets the proven lower bound. */
    public boolean optimumKnown() {
        return upperBound.isPresent() && upperBound.getAsLong() == lowerBound;
    }

    public static ReferenceBounds of(Rcpsp instance, PsplibSet set) {
        long cpm = instance.criticalPath().length();
        var entry = set.optima().flatMap(o -> o.forInstance(instance.name()));
        OptionalLong hrs = set.heuristicSolutions().map(h -> h.forInstance(instance.name())).orElse(OptionalLong.empty());
        long lower = cpm;
        if (entry.isPresent() && entry.get().lowerBound().isPresent()) {
            lower = Math.max(cpm, entry.get().lowerBound().getAsLong());
        }
        OptionalLong upper = entry.isPresent() ? OptionalLong.of(entry.get().upperBound()) : OptionalLong.empty();
        if (hrs.isPresent() && (upper.isEmpty() || hrs.getAsLong() < upper.getAsLong())) {
            upper = hrs;
        }
        return new ReferenceBounds(instance.name(), cpm, lower, upper);
    }
}
