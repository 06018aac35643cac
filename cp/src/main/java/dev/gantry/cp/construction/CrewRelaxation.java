package dev.gantry.cp.construction;

import dev.gantry.modeling.api.Backends;
import dev.gantry.modeling.api.CancellationToken;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.api.Status;
import dev.gantry.modeling.construction.Activity;
import dev.gantry.modeling.construction.ConstructionModel;
import dev.gantry.modeling.construction.Crew;
import dev.gantry.modeling.construction.DeadlineType;
import dev.gantry.modeling.construction.FinishBound;
import dev.gantry.modeling.construction.Project;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A lower bound on the project finish from relaxations solved by CP-SAT: the project with every dependency, release,
 * hard deadline and zone, but only some crews' capacities (the other crews and the soft deadlines dropped), solved for
 * its least finish. Every plan of the whole project is a plan of each relaxation, so a relaxation's proven finish bound
 * bounds every plan. It is tighter than {@link FinishBound}, which also relaxes the order the dependencies and zones
 * impose on a crew's activities. First each crew alone (with the zones), in decreasing order of its {@link FinishBound}
 * argument; then the best crew together with each other one.
 */
public final class CrewRelaxation {

    /**
     * The best bound found, the crews of the relaxation that gives it (empty: none beat the floor), whether that
     * relaxation was solved to optimality or proven to have no plan at all (then neither has the project), and the wall time.
     */
    public record Bound(long value, List<String> crews, boolean closed, boolean infeasible, Duration wallTime) {
        public Bound {
            crews = List.copyOf(crews);
        }

        public String argument() {
            String relaxation = "crew" + (crews.size() > 1 ? "s " : " ") + String.join(" + ", crews) + " with the zones";
            return crews.isEmpty() ? "resource bound"
                    : infeasible ? relaxation + ", which admits no plan: neither does the project (gantry explain tells why)"
                    : relaxation + (closed ? " (relaxation solved to optimality)" : " (relaxation's proven bound)");
        }
    }

    private CrewRelaxation() {
    }

    /**
     * Solves the relaxations of {@code project} under one wall-clock {@code limit}, each for at most {@code perRelaxation},
     * and returns the best bound, never below {@code floor} (a bound already known).
     */
    public static Bound of(Project project, long floor, Duration limit, Duration perRelaxation, int workers,
                           Optional<CancellationToken> cancellation) {
        long t0 = System.nanoTime();
        long deadline = t0 + limit.toNanos();
        Bound best = new Bound(floor, List.of(), false, false, Duration.ZERO);
        List<Crew> crews = byResourceArgument(project);
        List<List<Crew>> relaxations = new ArrayList<>();
        crews.forEach(c -> relaxations.add(List.of(c)));
        Crew strongest = null;
        long strongestValue = Long.MIN_VALUE;
        for (int i = 0; i < relaxations.size(); i++) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || cancellation.map(CancellationToken::isCancelled).orElse(false)) {
                break;
            }
            List<Crew> kept = relaxations.get(i);
            SolveOptions.Builder options = SolveOptions.builder().workers(workers).seed(1)
                    .timeLimit(Duration.ofNanos(Math.min(left, perRelaxation.toNanos())));
            cancellation.ifPresent(options::cancellation);
            SolveResult r = Backends.get("cpsat").solve(ConstructionModel.compile(relax(project, kept)).model(), options.build());
            if (r.status() == Status.INFEASIBLE) {
                return new Bound(floor, kept.stream().map(Crew::id).toList(), true, true, Duration.ofNanos(System.nanoTime() - t0));
            }
            // stage 0 is the finish: a relaxation has no soft deadlines, so no tardiness stage comes first
            boolean closed = r.status() == Status.OPTIMAL;
            long value = closed ? r.objectives().get(0) : r.stageBound(0).orElse(Long.MIN_VALUE);
            if (value > best.value() || value == best.value() && best.crews().isEmpty()) {
                best = new Bound(value, kept.stream().map(Crew::id).toList(), closed, false, Duration.ZERO);
            }
            if (kept.size() == 1 && value > strongestValue) {
                strongest = kept.get(0);
                strongestValue = value;
            }
            if (i == crews.size() - 1 && strongest != null) { // the singles are done: pair the strongest with each other crew
                for (Crew c : crews) {
                    if (c != strongest) {
                        relaxations.add(List.of(strongest, c));
                    }
                }
            }
        }
        return new Bound(best.value(), best.crews(), best.closed(), false, Duration.ofNanos(System.nanoTime() - t0));
    }

    /** {@code project} with only {@code crews}: the other crews' demands and the soft deadlines removed; zones kept. */
    static Project relax(Project project, List<Crew> crews) {
        Set<String> kept = new HashSet<>();
        crews.forEach(c -> kept.add(c.id()));
        List<Activity> activities = new ArrayList<>();
        for (Activity a : project.activities()) {
            Map<String, Long> demands = new LinkedHashMap<>(a.demands());
            demands.keySet().retainAll(kept);
            activities.add(new Activity(a.id(), a.name(), a.duration(), a.trade(), a.zone(), demands, a.earliestStart(),
                    a.deadline().filter(d -> d.type() == DeadlineType.HARD), a.phase()));
        }
        return new Project(project.id(), project.start(), project.calendar(), crews, project.zones(), activities, project.dependencies());
    }

    /** Crews with work, the one whose resource argument alone bounds the finish highest first. */
    private static List<Crew> byResourceArgument(Project project) {
        List<Crew> crews = new ArrayList<>(project.crews().stream()
                .filter(c -> project.activities().stream().anyMatch(a -> a.duration() > 0 && a.demands().getOrDefault(c.id(), 0L) > 0))
                .toList());
        Map<String, Long> single = new HashMap<>();
        crews.forEach(c -> single.put(c.id(), FinishBound.of(relax(project, List.of(c))).value()));
        crews.sort(Comparator.comparingLong((Crew c) -> -single.get(c.id())).thenComparing(Crew::id));
        return crews;
    }
}
