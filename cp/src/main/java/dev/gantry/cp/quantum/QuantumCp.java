package dev.gantry.cp.quantum;

import dev.gantry.modeling.api.Backends;
import dev.gantry.modeling.api.Hint;
import dev.gantry.modeling.api.LinExpr;
import dev.gantry.modeling.api.Linear;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.ModelBuilder;
import dev.gantry.modeling.api.Objective;
import dev.gantry.modeling.api.Relation;
import dev.gantry.modeling.api.Solution;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.api.Status;
import dev.gantry.modeling.quantum.QuantumInstance;
import dev.gantry.modeling.quantum.QuantumSchedule;
import dev.gantry.modeling.quantum.ScheduleMode;
import dev.gantry.modeling.quantum.ScheduleStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The exact engines {@code cpsat-rigid} and {@code cpsat-flexible}: pair conflicts first (a quarter of the time limit at
 * most, or a minute without one), then the model with their cuts, warm-started from {@code start} when given (Gantry
 * passes RCPSP-NP-EDF's schedule).
 * <p>
 * The acceptance stage is the paper's problem and by far the hardest, so it gets two thirds of the time left rather
 * than the equal share of the generic lexicographic driver; the response and jitter stages then run through that
 * driver with the accepted value fixed (bounded from below when it was not proven).
 */
public final class QuantumCp {
    private static final Duration PER_PAIR = Duration.ofSeconds(2);

    private QuantumCp() {
    }

    public static QuantumCpResult solve(QuantumInstance instance, ScheduleMode mode, QuantumCpOptions options, SolveOptions solve,
            Optional<QuantumSchedule> start) {
        long t0 = System.nanoTime();
        Duration budget = solve.timeLimit().map(l -> l.dividedBy(4)).orElse(Duration.ofMinutes(1));
        List<PairConflicts.Pair> conflicts = PairConflicts.find(instance, mode, options, budget, PER_PAIR, solve);
        QuantumCpModel model = QuantumCpModel.of(instance, mode, options, conflicts);
        Model full = model.model();
        List<Objective.Stage> stages = full.objective().orElseThrow().stages();

        SolveOptions.Builder first = solve.toBuilder();
        Optional<Hint> hint = start.map(model::hint);
        hint.ifPresent(first::hint);
        left(solve, t0).ifPresent(l -> first.timeLimit(l.multipliedBy(2).dividedBy(3)));
        SolveResult accepted = Backends.get("cpsat").solve(full.derive().objective(stages.get(0)).build(), first.build());
        if (!accepted.hasSolution()) {
            // on a loaded machine presolve can eat the limit on the larger flexible models; a warm start that satisfies
            // the model is still a solution
            Optional<Solution> warm = hint.flatMap(model::asSolution);
            if (warm.isEmpty()) {
                return new QuantumCpResult(accepted, Optional.empty(), conflicts.size());
            }
            List<String> notes = new ArrayList<>(accepted.diagnostics());
            notes.add("CP-SAT found no solution within its share of the time (" + accepted.status() + "/" + accepted.termination()
                    + "); the warm start, which satisfies the model, stands in");
            accepted = new SolveResult(Status.FEASIBLE, accepted.termination(), List.of(warm.get().value(stages.get(0).expression())),
                    accepted.bestBound(), warm.get(), accepted.wallTime(), accepted.buildTime(), accepted.solveTime(), accepted.stats(),
                    accepted.backend(), false, full.fingerprint(), notes);
        }

        boolean proven = accepted.status() == Status.OPTIMAL;
        ModelBuilder rest = full.derive().clearObjective();
        rest.add(new Linear(stages.get(0).expression(), proven ? Relation.EQ : Relation.GE, LinExpr.constant(accepted.objective())));
        ModelBuilder.ObjectiveBuilder objective = rest.minimize(stages.get(1).expression());
        stages.subList(2, stages.size()).forEach(s -> objective.thenMinimize(s.expression()));
        SolveOptions.Builder then = solve.toBuilder().hint(Hint.from(accepted));
        left(solve, t0).ifPresent(then::timeLimit);
        SolveResult refined = Backends.get("cpsat").solve(rest.build(), then.build());

        SolveResult combined = combine(full, accepted, refined, t0);
        ScheduleStatus status = combined.status() == Status.OPTIMAL ? ScheduleStatus.OPTIMAL : ScheduleStatus.FEASIBLE;
        return new QuantumCpResult(combined, Optional.of(model.decode(combined.solution(), status)), conflicts.size());
    }

    /** The time left of the limit (at least a millisecond), if there is a limit. */
    private static Optional<Duration> left(SolveOptions solve, long t0) {
        return solve.timeLimit().map(l -> {
            Duration d = l.minusNanos(System.nanoTime() - t0);
            return d.isNegative() || d.isZero() ? Duration.ofMillis(1) : d;
        });
    }

    /**
     * One result for all stages: OPTIMAL when every stage was proven; the later stages' bounds speak of the
     * lexicographic optimum only when the acceptance stage was proven.
     */
    private static SolveResult combine(Model full, SolveResult accepted, SolveResult refined, long t0) {
        Duration wall = Duration.ofNanos(System.nanoTime() - t0);
        List<String> diagnostics = new ArrayList<>(accepted.diagnostics());
        diagnostics.addAll(refined.diagnostics());
        if (!refined.hasSolution()) {
            diagnostics.add("the response and jitter stages found no solution: " + refined.status() + "/" + refined.termination());
            return new SolveResult(Status.FEASIBLE, refined.termination(), List.of(accepted.objective()), accepted.bestBound(),
                    accepted.solution(), wall, accepted.buildTime(), wall.minus(accepted.buildTime()), accepted.stats(),
                    accepted.backend(), false, full.fingerprint(), diagnostics, List.of(accepted.bestBound()));
        }
        boolean proven = accepted.status() == Status.OPTIMAL;
        List<Long> objectives = new ArrayList<>();
        objectives.add(accepted.objective());
        objectives.addAll(refined.objectives());
        List<OptionalLong> bounds = new ArrayList<>();
        bounds.add(accepted.bestBound());
        refined.stageBounds().forEach(b -> bounds.add(proven ? b : OptionalLong.empty()));
        Status status = proven && refined.status() == Status.OPTIMAL ? Status.OPTIMAL : Status.FEASIBLE;
        Duration build = accepted.buildTime().plus(refined.buildTime());
        return new SolveResult(status, refined.termination(), objectives, accepted.bestBound(), refined.solution(), wall, build,
                wall.minus(build), refined.stats(), refined.backend(), false, full.fingerprint(), diagnostics, bounds);
    }
}
