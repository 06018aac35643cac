package dev.gantry.heuristics.rcpsp;

import dev.gantry.modeling.rcpsp.Rcpsp;
import dev.gantry.modeling.rcpsp.RcpspSchedule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One priority-rule heuristic: a scheme and a rule, named {@code <scheme>-<rule>} ({@code serial-lft}). */
public record RcpspHeuristic(GenerationScheme scheme, PriorityRule rule) {
    public String id() {
        return scheme.id() + "-" + rule.id();
    }

    public RcpspSchedule schedule(Rcpsp p, long seed) {
        return PrioritySgs.schedule(p, scheme, rule, seed);
    }

    /** Every scheme with every rule, serial first, rules in declaration order. */
    public static List<RcpspHeuristic> all() {
        List<RcpspHeuristic> all = new ArrayList<>();
        for (GenerationScheme s : GenerationScheme.values()) {
            for (PriorityRule r : PriorityRule.values()) {
                all.add(new RcpspHeuristic(s, r));
            }
        }
        return all;
    }

    public static Optional<RcpspHeuristic> byId(String id) {
        return all().stream().filter(h -> h.id().equals(id)).findFirst();
    }
}
