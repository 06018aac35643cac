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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A lower bound on the project finish from one-crew relaxations: the project with every dependency, release and hard
 * deadline, but only one crew's capacity (other crews, zones and soft deadlines dropped), solved by CP-SAT for its least
 * finish. Every plan of the whole project is a plan of each relaxation, so the relaxation's proven finish bound bounds
 * every plan. It is tighter than {@link FinishBound}'s crew argument, which also relaxes the order among the crew's
 * activities that the dependencies impose. Crews are tried in decreasing order of that argument.
 */
public final class CrewRelaxation {

    /** The best bound found, the crew that gives it, whether that relaxation was solved to optimality, and the wall time. */
    public record Bound(long value, Optional<String> crew, boolean closed, Duration wallTime) {
        public String argument() {
            return crew.map(c -> "crew " + c + " alone" + (closed ? " (relaxation solved to optimality)" : " (relaxation's proven bound)"))
                    .orElse("resource bound");
        }
    }

    private CrewRelaxation() {
    }

    /**
     * Solves the one-crew relaxations of {@code project} under one wall-clock {@code limit}, each for at most
     * {@code perCrew}, and returns the best bound: never below {@code floor} (a bound already known).
     */
    public static Bound of(Project project, long floor, Duration limit, Duration perCrew, int workers, Optional<CancellationToken> cancellation) {
        long t0 = System.nanoTime();
        long deadline = t0 + limit.toNanos();
        Bound best = new Bound(floor, Optional.empty(), false, Duration.ZERO);
        for (Crew crew : byResourceArgument(project)) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || cancellation.map(CancellationToken::isCancelled).orElse(false)) {
                break;
            }
            ConstructionModel relaxed = ConstructionModel.compile(relax(project, crew));
            SolveOptions.Builder options = SolveOptions.builder().workers(workers).seed(1)
                    .timeLimit(Duration.ofNanos(Math.min(left, perCrew.toNanos())));
            cancellation.ifPresent(options::cancellation);
            SolveResult r = Backends.get("cpsat").solve(relaxed.model(), options.build());
            // stage 0 is the finish: the relaxation has no soft deadlines, so no tardiness stage comes first
            boolean closed = r.status() == Status.OPTIMAL || r.hasSolution() && r.stageBound(0).orElse(Long.MIN_VALUE) >= r.objectives().get(0);
            long value = closed ? r.objectives().get(0) : r.stageBound(0).orElse(Long.MIN_VALUE);
            if (value > best.value()) {
                best = new Bound(value, Optional.of(crew.id()), closed, Duration.ZERO);
            }
        }
        return new Bound(best.value(), best.crew(), best.closed(), Duration.ofNanos(System.nanoTime() - t0));
    }

    /** {@code project} with only {@code crew}: other crews' demands, every zone and the soft deadlines removed. */
    static Project relax(Project project, Crew crew) {
        List<Activity> activities = new ArrayList<>();
        for (Activity a : project.activities()) {
            Map<String, Long> demands = a.demands().containsKey(crew.id()) ? Map.of(crew.id(), a.demands().get(crew.id())) : Map.of();
            activities.add(new Activity(a.id(), a.name(), a.duration(), a.trade(), Optional.empty(), demands, a.earliestStart(),
                    a.deadline().filter(d -> d.type() == DeadlineType.HARD), a.phase()));
        }
        return new Project(project.id() + "/only-" + crew.id(), project.start(), project.calendar(), List.of(crew), List.of(),
                activities, project.dependencies());
    }

    /** Crews with work, the one whose resource argument alone bounds the finish highest first. */
    private static List<Crew> byResourceArgument(Project project) {
        List<Crew> crews = new ArrayList<>(project.crews().stream()
                .filter(c -> project.activities().stream().anyMatch(a -> a.duration() > 0 && a.demands().getOrDefault(c.id(), 0L) > 0))
                .toList());
        Map<String, Long> single = new java.util.HashMap<>();
        crews.forEach(c -> single.put(c.id(), FinishBound.of(relax(project, c)).value()));
        crews.sort(Comparator.comparingLong((Crew c) -> -single.get(c.id())).thenComparing(Crew::id));
        return crews;
    }
}
