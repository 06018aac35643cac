package dev.gantry.modeling.construction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Step 1 of the dependency analysis (spec scheduling §4.2): unknown ids, self-loops, negative durations and
 * capacities, demands above a crew's capacity and max lags below min lags are errors; duplicate relations are warnings.
 */
public final class ProjectValidation {
    private ProjectValidation() {
    }

    public static List<Issue> validate(Project project) {
        List<Issue> issues = new ArrayList<>();
        Map<String, Crew> crews = new HashMap<>();
        for (Crew c : project.crews()) {
            if (crews.putIfAbsent(c.id(), c) != null) {
                issues.add(error("crew " + c.id() + " is defined twice"));
            }
            if (c.capacity() < 0) {
                issues.add(error("crew " + c.id() + " has negative capacity " + c.capacity()));
            }
        }
        Set<String> zones = new HashSet<>();
        project.zones().forEach(z -> zones.add(z.id()));
        Set<String> ids = new HashSet<>();
        for (Activity a : project.activities()) {
            if (!ids.add(a.id())) {
                issues.add(error("activity " + a.id() + " is defined twice"));
            }
            if (a.duration() < 0) {
                issues.add(error("activity " + a.id() + " has negative duration " + a.duration()));
            }
            if (a.zone().isPresent() && !zones.contains(a.zone().get())) {
                issues.add(error("activity " + a.id() + " is in unknown zone " + a.zone().get()));
            }
            for (Map.Entry<String, Long> d : a.demands().entrySet()) {
                Crew crew = crews.get(d.getKey());
                if (crew == null) {
                    issues.add(error("activity " + a.id() + " needs unknown crew " + d.getKey()));
                } else if (d.getValue() > crew.capacity()) {
                    issues.add(error("activity " + a.id() + " needs " + d.getValue() + " of crew " + crew.id() + ", which has "
                            + crew.capacity()));
                } else if (d.getValue() < 0) {
                    issues.add(error("activity " + a.id() + " has negative demand " + d.getValue() + " for crew " + crew.id()));
                }
            }
        }
        Set<String> relations = new HashSet<>();
        for (Dependency d : project.dependencies()) {
            for (String end : List.of(d.pred(), d.succ())) {
                if (!ids.contains(end)) {
                    issues.add(error("dependency " + d.describe() + " names unknown activity " + end));
                }
            }
            if (d.pred().equals(d.succ())) {
                issues.add(error("dependency " + d.describe() + " is a self-loop"));
            }
            if (d.maxLag().isPresent() && d.maxLag().getAsLong() < d.lag()) {
                issues.add(error("dependency " + d.describe() + " has a max lag below its lag"));
            }
            if (!relations.add(d.pred() + " " + d.type() + " " + d.succ())) {
                issues.add(new Issue(Severity.WARNING, "duplicate relation " + d.pred() + " " + d.type() + " " + d.succ()
                        + " (only the largest lag binds)"));
            }
        }
        return issues;
    }

    public static boolean hasErrors(List<Issue> issues) {
        return issues.stream().anyMatch(i -> i.severity() == Severity.ERROR);
    }

    private static Issue error(String message) {
        return new Issue(Severity.ERROR, message);
    }
}
