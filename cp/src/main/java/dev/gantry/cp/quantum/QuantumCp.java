package dev.gantry.cp.quantum;

import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.quantum.QuantumInstance;
import dev.gantry.modeling.quantum.QuantumSchedule;
import dev.gantry.modeling.quantum.ScheduleMode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The exact engines {@code cpsat-rigid} and {@code cpsat-flexible}: pair conflicts first (a quarter of the time limit at
 * most, or a minute without one), then the model with their cuts, warm-started from {@code start} when given (Gantry
 * passes RCPSP-NP-EDF's schedule), solved lexicographically in the time left.
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
        SolveOptions.Builder b = solve.toBuilder();
        start.ifPresent(s -> b.hint(model.hint(s)));
        if (solve.timeLimit().isPresent()) {
            Duration left = solve.timeLimit().get().minusNanos(System.nanoTime() - t0);
            b.timeLimit(left.isNegative() || left.isZero() ? Duration.ofMillis(1) : left);
        }
        QuantumCpResult r = model.solve(b.build());
        return new QuantumCpResult(r.result(), r.schedule(), conflicts.size());
    }
}
