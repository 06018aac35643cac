package dev.gantry.metaheuristics.timefold;

import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.score.director.ScoreDirectorFactoryConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.SolverManagerConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import dev.gantry.metaheuristics.tsp.DistanceMatrix;
import dev.gantry.modeling.tsp.Tour;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;

/**
 * Timefold Solver 1.x as the local-search peer for TSP (spec metaheuristics §6). No Timefold type appears in this
 * API: instances go in as Gantry's {@link DistanceMatrix} (its integer distances, so both tools optimise the same
 * numbers) and tours come out as Gantry {@link Tour}s, re-evaluated by Gantry.
 *
 * <p>The model: one salesman whose planning list variable holds every city except city 0, the salesman's home,
 * which is an anchor outside the list (the tour is home → list → home). Fixing the start removes the n
 * equivalent rotations of each tour, needs no pinning, and is the shape of Timefold's own vehicle-routing model.
 * The score is minus the tour length, kept by an incremental score calculator: on eil51/a280/u1060 it evaluated
 * about twice as many moves per second as a Bavet constraint-stream formulation with previous/next shadow
 * variables, which pays for the shadow bookkeeping on every move.
 *
 * <p>Every run is configured programmatically: one thread ({@code moveThreadCount NONE}), the reproducible
 * non-asserting environment mode ({@code NO_ASSERT}, the 1.x name of {@code REPRODUCIBLE}), the given random
 * seed, Timefold's default construction heuristic then one local-search phase with Timefold's default move
 * selectors for a list variable (list change, list swap, k-opt; nearby selection is Enterprise-only, so moves
 * are sampled uniformly), all under a single solver-level termination. With a move-evaluation limit a run is
 * deterministic for a given seed; with a time limit it is not (the number of moves depends on the machine).
 */
public final class TimefoldTsp {
    /** City 0 is the salesman's home, outside the list variable. */
    private static final int HOME = 0;

    private TimefoldTsp() {
    }

    /** Which local search runs after the construction heuristic. */
    public sealed interface Config permits Config.LateAcceptance, Config.SimulatedAnnealing {
        /** Timefold's default local search: nothing configured, i.e. Late Acceptance (size 400, acceptedCountLimit 1). */
        record LateAcceptance() implements Config {
        }

        /**
         * Timefold's simulated annealing: T falls linearly with the termination's time (or move) gradient,
         * T = T0·(1 − gradient); improving and equal moves are always accepted.
         *
         * @param startingTemperature T0 in score units, i.e. tour-length units (the docs advise about the largest
         *                            single-move delta)
         * @param acceptedCountLimit  how many accepted moves a step picks from (the docs advise 1, often 4)
         */
        record SimulatedAnnealing(long startingTemperature, int acceptedCountLimit) implements Config {
            public SimulatedAnnealing {
                if (startingTemperature <= 0) {
                    throw new IllegalArgumentException("startingTemperature must be positive, got " + startingTemperature);
                }
                if (acceptedCountLimit < 1) {
                    throw new IllegalArgumentException("acceptedCountLimit must be at least 1, got " + acceptedCountLimit);
                }
            }
        }

        static Config lateAcceptance() {
            return new LateAcceptance();
        }

        static Config simulatedAnnealing(long startingTemperature, int acceptedCountLimit) {
            return new SimulatedAnnealing(startingTemperature, acceptedCountLimit);
        }
    }

    /**
     * The outcome of one Timefold run.
     *
     * @param tour                the best tour, starting at city 0
     * @param length              its length as evaluated by Gantry
     * @param timefoldLength      the length Timefold believed (minus its score); equals {@code length} unless the
     *                            bridge is broken
     * @param moveEvaluationCount Timefold's move evaluation count over both phases (its statistic, not ours)
     * @param solvingTime         the time Timefold spent solving, as it reports it (what the limit applies to)
     * @param wallTime            the whole call: building the solver from its configuration, converting, solving
     */
    public record Result(Tour tour, double length, long timefoldLength, long moveEvaluationCount, Duration solvingTime,
            Duration wallTime) {
        /** Moves evaluated per second of solving time. */
        public double moveEvaluationsPerSecond() {
            long nanos = solvingTime.toNanos();
            return nanos > 0 ? moveEvaluationCount * 1e9 / nanos : 0;
        }
    }

    /**
     * Solves under a single wall-clock limit that covers the construction heuristic and the local search.
     *
     * <p>Timefold's default construction heuristic tries every insertion position for every city (about n²/2
     * move evaluations), and Timefold's list-variable bookkeeping costs O(changed range) per move and undo, so on
     * large instances construction alone takes long: about 10-15 s for u1060 (1060 cities) on a shared 2-core
     * machine. A limit that ends it before every city is placed raises {@link IllegalStateException}.
     */
    public static Result solve(DistanceMatrix distances, Config config, Duration limit, long seed) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive, got " + limit);
        }
        return solve(distances, config, new TerminationConfig().withSpentLimit(limit), seed, EnvironmentMode.NO_ASSERT);
    }

    /**
     * Solves until Timefold has evaluated {@code moveEvaluationLimit} moves (construction heuristic included):
     * the same seed gives the same tour.
     */
    public static Result solveWithMoveLimit(DistanceMatrix distances, Config config, long moveEvaluationLimit, long seed) {
        return solveWithMoveLimit(distances, config, moveEvaluationLimit, seed, EnvironmentMode.NO_ASSERT);
    }

    /** Tests run this with {@link EnvironmentMode#FULL_ASSERT} to check the incremental score against a recount. */
    static Result solveWithMoveLimit(DistanceMatrix distances, Config config, long moveEvaluationLimit, long seed,
            EnvironmentMode environmentMode) {
        if (moveEvaluationLimit < 1) {
            throw new IllegalArgumentException("the move limit must be positive, got " + moveEvaluationLimit);
        }
        return solve(distances, config, new TerminationConfig().withMoveCountLimit(moveEvaluationLimit), seed,
                environmentMode);
    }

    private static Result solve(DistanceMatrix distances, Config config, TerminationConfig termination, long seed,
            EnvironmentMode environmentMode) {
        Objects.requireNonNull(config, "config");
        if (!distances.isIntegral()) {
            throw new IllegalArgumentException("Timefold scores integer lengths, but " + distances.tsp()
                    + " has unrounded distances");
        }
        long start = System.nanoTime();
        SolverConfig solverConfig = new SolverConfig()
                .withSolutionClass(TspSolution.class)
                .withEntityClasses(Salesman.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withIncrementalScoreCalculatorClass(TourLengthCalculator.class))
                .withEnvironmentMode(environmentMode)
                .withRandomSeed(seed)
                .withMoveThreadCount(SolverConfig.MOVE_THREAD_COUNT_NONE)
                .withTerminationConfig(termination)
                .withPhases(new ConstructionHeuristicPhaseConfig(), localSearch(config));
        int n = distances.size();
        List<City> cities = new ArrayList<>(n - 1);
        for (int city = 0; city < n; city++) {
            if (city != HOME) {
                cities.add(new City(city));
            }
        }
        TspSolution problem = new TspSolution(distances, new Salesman(HOME), cities);
        try (SolverManager<TspSolution, Long> manager =
                SolverManager.create(solverConfig, new SolverManagerConfig().withParallelSolverCount("1"))) {
            SolverJob<TspSolution, Long> job = manager.solve(0L, problem);
            TspSolution best = job.getFinalBestSolution();
            List<City> visits = best.salesman().cities();
            if (visits.size() != n - 1) {
                throw new IllegalStateException("Timefold's construction heuristic placed only " + visits.size() + " of "
                        + (n - 1) + " cities of " + distances.tsp() + " before the limit; no complete tour");
            }
            int[] order = new int[n];
            order[0] = HOME;
            for (int i = 0; i < visits.size(); i++) {
                order[i + 1] = visits.get(i).id();
            }
            return new Result(new Tour(order), distances.tourLength(order), -best.score().score(),
                    job.getMoveEvaluationCount(), job.getSolvingDuration(), Duration.ofNanos(System.nanoTime() - start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while Timefold was solving " + distances.tsp(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Timefold failed on " + distances.tsp(), e.getCause());
        }
    }

    private static LocalSearchPhaseConfig localSearch(Config config) {
        LocalSearchPhaseConfig phase = new LocalSearchPhaseConfig();
        if (config instanceof Config.SimulatedAnnealing sa) {
            phase.withAcceptorConfig(new LocalSearchAcceptorConfig()
                            .withSimulatedAnnealingStartingTemperature(Long.toString(sa.startingTemperature())))
                    .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(sa.acceptedCountLimit()));
        }
        return phase;
    }
}
