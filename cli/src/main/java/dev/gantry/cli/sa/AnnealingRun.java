package dev.gantry.cli.sa;

import dev.gantry.cli.family.SolveRequest;
import dev.gantry.metaheuristics.sa.AnnealingConfig;
import dev.gantry.metaheuristics.sa.AnnealingProblem;
import dev.gantry.metaheuristics.sa.AnnealingResult;
import dev.gantry.metaheuristics.sa.Annealer;
import dev.gantry.metaheuristics.sa.Termination;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.DoubleFunction;

/**
 * {@code --engine sa} for any family: one chain per worker under the request's time limit (10 s when none is
 * given), seeded from {@code --seed}, stopped early at a target objective when the family knows one, with a
 * progress line per new best across chains and cancellation from Ctrl-C.
 */
public final class AnnealingRun {
    /** The time budget when the user gives none: annealing always needs a budget. */
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(10);

    private AnnealingRun() {
    }

    /**
     * @param describe how a progress line shows an objective value (e.g. {@code v -> "length " + v})
     */
    public static <S> AnnealingResult<S> run(AnnealingProblem<S> problem, SolveRequest request, OptionalDouble target,
            DoubleFunction<String> describe) {
        return run(problem, request, limit(request), target, describe);
    }

    /** As {@link #run(AnnealingProblem, SolveRequest, OptionalDouble, DoubleFunction)}, within a share of the limit. */
    public static <S> AnnealingResult<S> run(AnnealingProblem<S> problem, SolveRequest request, Duration limit, OptionalDouble target,
            DoubleFunction<String> describe) {
        Termination termination = Termination.time(limit);
        if (target.isPresent()) {
            termination = termination.withTarget(target.getAsDouble());
        }
        AnnealingConfig config = AnnealingConfig.builder(termination).chains(request.workers()).workers(request.workers())
                .seed(request.seed()).build();
        long t0 = System.nanoTime();
        double[] best = {Double.POSITIVE_INFINITY};
        return Annealer.run(problem, config, Optional.empty(), (chain, solution, objective, proposals) -> {
            synchronized (best) {
                if (objective < best[0]) {
                    best[0] = objective;
                    request.progress().accept(String.format(Locale.ROOT, "[%7.2fs] %s (chain %d, %,d proposals)",
                            (System.nanoTime() - t0) / 1e9, describe.apply(objective), chain, proposals));
                }
            }
        }, request.cancellation());
    }

    /** The request's time limit, or the default when it has none. */
    public static Duration limit(SolveRequest request) {
        return request.timeLimit().orElse(DEFAULT_LIMIT);
    }

    /** The run's account for {@code --json}: proposals, throughput, chains and why they stopped. */
    public static Map<String, Object> extras(AnnealingResult<?> result) {
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("chains", result.chains().size());
        extras.put("proposals", result.totalProposals());
        extras.put("proposalsPerSecond", Math.round(result.proposalsPerSecond()));
        extras.put("stopReasons", result.chains().stream().map(c -> c.stopReason().name()).distinct().toList());
        return extras;
    }

    /** A whole number as a Long (TSPLIB lengths, integer profits), anything else as a Double. */
    public static Number number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Number) (long) value : (Number) value;
    }

    /** The gap in percent to a reference, rounded to two decimals. */
    public static double gapPercent(double value, double reference) {
        return Math.round(10000.0 * (value - reference) / reference) / 100.0;
    }
}
